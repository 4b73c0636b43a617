#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace parcours {

// What a course is, as the issue and docs/domain.md name them. Stable keys
// (stored in training_courses.kind) in TrainingKind.cpp.
enum class TrainingKind {
    InitialBlock1,     // formation initiale, bloc 1 (before the first child)
    InitialBlock2,     // bloc 2
    InitialBlock3,     // bloc 3
    FirstAid,          // premiers secours (part of the hours before the first child)
    InitialSecondPart, // the 40 h within 3 years of the agrément
    Continuing,        // formation continue (58 h per year right)
    CapPreparation,    // préparation au CAP AEPE
    VaeSupport,        // accompagnement VAE
    PracticeReview,    // groupe d'analyse de la pratique (APP)
    Immersion,         // immersion / PMSMP
    InformationMeeting // réunion d'information
};

// Which obligation a course's hours count towards.
enum class TrainingHoursCategory { None, InitialFirstPart, InitialSecondPart, Continuing };

QString trainingKindKey(TrainingKind kind);
std::optional<TrainingKind> trainingKindFromKey(const QString& key);
QString trainingKindLabel(TrainingKind kind);
QList<TrainingKind> allTrainingKinds();
TrainingHoursCategory hoursCategory(TrainingKind kind);

} // namespace parcours
