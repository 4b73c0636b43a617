#pragma once

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

// The poppler and qpdf command-line tools, to check PDFs from the outside.
namespace pdftools {

inline bool available()
{
    for (const char* tool : {"qpdf", "pdftotext", "pdftoppm"})
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            return false;
    return true;
}

struct Result
{
    int exitCode = -1;
    QString output;
};

inline Result run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

inline QString text(const QString& pdf)
{
    return run(QStringLiteral("pdftotext"),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
        .output;
}

inline int nonWhitePixels(const QImage& image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int n = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            if (qGray(line[x]) < 240)
                ++n;
    }
    return n;
}

// Renders every page at `dpi` into `dir` and returns the images, in order.
inline QList<QImage> pages(const QString& pdf, const QString& dir, int dpi)
{
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"), pdf,
                                     dir + QStringLiteral("/page")});
    QList<QImage> images;
    const auto files = QDir(dir).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name);
    for (const auto& f : files)
        images.append(QImage(dir + QLatin1Char('/') + f));
    return images;
}

} // namespace pdftools
