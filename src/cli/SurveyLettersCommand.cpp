#include "AppContext.h"
#include "AuditService.h"
#include "CampaignService.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "Clock.h"
#include "DomainError.h"
#include "InvitationEmailExport.h"
#include "InvitationLettersPdf.h"

#include <QCoreApplication>
#include <QDir>

namespace parcours {

void addSurveyLettersOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("campaign"),
                      QCoreApplication::translate("parcours-cli", "Campaign year."), QStringLiteral("YEAR")});
    parser.addOption({QStringLiteral("rpe"), QCoreApplication::translate("parcours-cli", "Only this relay."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("status"),
                      QCoreApplication::translate("parcours-cli", "Only people with this status (to_contact, "
                                                                  "invited, reminded...)."),
                      QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("out"),
                      QCoreApplication::translate("parcours-cli", "The letters (PDF)."),
                      QCoreApplication::translate("parcours-cli", "FILE")});
    parser.addOption(
        {QStringLiteral("emails"),
         QCoreApplication::translate("parcours-cli", "Also write the list of those with an email (CSV)."),
         QCoreApplication::translate("parcours-cli", "FILE")});
    parser.addOption({QStringLiteral("url"),
                      QCoreApplication::translate("parcours-cli", "Address of the online questionnaire."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("phone"),
                      QCoreApplication::translate("parcours-cli", "Phone number to answer by phone."),
                      QStringLiteral("PHONE")});
    parser.addOption({QStringLiteral("city"),
                      QCoreApplication::translate("parcours-cli", "Place written before the date."),
                      QStringLiteral("CITY")});
}

int runSurveyLetters(CliContext& cli, const QCommandLineParser& parser, const QStringList& args)
{
    if (!args.isEmpty() || !parser.isSet(QStringLiteral("campaign")) ||
        !parser.isSet(QStringLiteral("out"))) {
        CliContext::err(QCoreApplication::translate(
            "parcours-cli", "Usage: parcours-cli survey letters --campaign YEAR [--rpe ID] [--status KEY] "
                            "--out FILE.pdf [--emails FILE.csv] [--url URL] [--phone PHONE] [--city CITY]"));
        return ExitUsage;
    }
    bool ok = false;
    const int year = parser.value(QStringLiteral("campaign")).toInt(&ok);
    if (!ok || year < 2000 || year > 2100) {
        CliContext::err(QCoreApplication::translate("parcours-cli", "--campaign needs a year such as 2026."));
        return ExitUsage;
    }
    CampaignPeopleFilter filter;
    if (parser.isSet(QStringLiteral("status"))) {
        filter.status = campaignStatusFromKey(parser.value(QStringLiteral("status")));
        if (!filter.status) {
            CliContext::err(QCoreApplication::translate("parcours-cli", "Unknown status \"%1\".")
                                .arg(parser.value(QStringLiteral("status"))));
            return ExitUsage;
        }
    }
    if (parser.isSet(QStringLiteral("rpe"))) {
        filter.relayId = parser.value(QStringLiteral("rpe")).toLongLong(&ok);
        if (!ok || filter.relayId <= 0) {
            CliContext::err(QCoreApplication::translate("parcours-cli", "--rpe needs a relay number."));
            return ExitUsage;
        }
    }
    CampaignService campaigns(cli.app());
    const auto campaign = campaigns.campaign(year);
    if (!campaign) {
        CliContext::err(
            QCoreApplication::translate("parcours-cli",
                                        "There is no %1 campaign. Create it first with \"survey create\".")
                .arg(year));
        return ExitBadInput;
    }

    // The service's identity from the settings; the options override it for this run.
    ServiceIdentity identity = cli.app().serviceIdentity();
    if (parser.isSet(QStringLiteral("url")))
        identity.onlineSurveyUrl = parser.value(QStringLiteral("url"));
    if (parser.isSet(QStringLiteral("phone")))
        identity.phone = parser.value(QStringLiteral("phone"));
    if (parser.isSet(QStringLiteral("city")))
        identity.city = parser.value(QStringLiteral("city"));
    InvitationLettersPdf letters;
    letters.setIdentity(identity);
    letters.setRetentionYears(cli.app().rules().anonymiseAfterApprovalEndYears);
    letters.setYear(year);
    letters.setDate(cli.clock().now().date());

    // Page through the campaign: the PDF is written as the pages come.
    constexpr int kPage = 200;
    int offset = 0;
    const int total = campaigns.countPeople(campaign->id, filter);
    const QString out = parser.value(QStringLiteral("out"));
    const QString error = letters.write(
        [&]() {
            QList<LetterRecipient> batch;
            for (const auto& row : campaigns.addresses(campaign->id, filter, offset, kPage))
                batch.append(letterRecipient(row));
            offset += kPage;
            return batch;
        },
        total, out);
    if (!error.isEmpty()) {
        CliContext::err(error);
        return ExitBadInput;
    }
    AuditService(cli.app()).logExport(QStringLiteral("invitation_letters"), total, out); // issue 5
    CliContext::err(QCoreApplication::translate("parcours-cli", "%n letter(s) written to %1.", nullptr, total)
                        .arg(QDir::toNativeSeparators(out)));

    if (parser.isSet(QStringLiteral("emails"))) {
        const QString csv = parser.value(QStringLiteral("emails"));
        try {
            const int n = InvitationEmailExport(cli.app()).exportTo(csv, campaign->id, filter);
            CliContext::err(
                QCoreApplication::translate("parcours-cli", "%n email address(es) written to %1.", nullptr, n)
                    .arg(QDir::toNativeSeparators(csv)));
        } catch (const DomainError& e) {
            CliContext::err(e.message());
            return ExitBadInput;
        }
    }
    return ExitOk;
}

} // namespace parcours
