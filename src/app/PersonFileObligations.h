#pragma once

#include "PersonFile.h"

#include <QCoreApplication>

namespace parcours {

class AppContext;

// Puts her training obligations and her renewal-file checklist into a person
// file, worded for print: the career-path use case feeds the person file
// without either knowing the other.
class PersonFileObligations
{
    Q_DECLARE_TR_FUNCTIONS(PersonFileObligations)

  public:
    static void fill(AppContext& context, PersonFile& file);
};

} // namespace parcours
