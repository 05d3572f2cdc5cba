#pragma once
// What Plan.cpp and PlanLifecycle.cpp share; not for other modules.

#include "provision/Plan.h"

#include <QList>
#include <QPair>
#include <QString>

namespace dbx {

// true/false/yes/no/1/0/on/off, any case.
bool parsePlanBool(const QString &text, bool *out);
// True when key is one of the options the row's action knows; else says so in row->parseError.
bool knownPlanOption(PlanRow *row, OperationType type, const QStringList &known, const QString &key);
// Parses such a row (its options already split into lower-case keys and values).
bool parseLifecycleRow(PlanRow *row, OperationType type, const QList<QPair<QString, QString>> &options);

} // namespace dbx
