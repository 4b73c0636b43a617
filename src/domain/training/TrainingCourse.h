#pragma once

#include "TrainingKind.h"

#include <QString>

namespace parcours {

// A course of the catalogue: what is taught, by which organisation (a row of
// partners: training body, IPERIA-labelled body, Département...), how long.
struct TrainingCourse
{
    qint64 id = 0;
    QString title;
    TrainingKind kind = TrainingKind::Continuing;
    qint64 organisationId = 0; // 0: none recorded
    double hours = 0;          // nominal length; each session has its own hours
    QString description;
    bool active = true; // inactive courses stay for history but are not offered
    int version = 0;
    QString organisationName; // filled by reads, ignored by writes
};

// A training organisation: a partner whose kind gives or prescribes training.
struct TrainingOrganisation
{
    qint64 id = 0;
    QString name;
    QString kind; // partners.kind key: training_body, iperia_body, departement, france_travail
};

} // namespace parcours
