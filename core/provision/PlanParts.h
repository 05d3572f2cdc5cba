#pragma once
// What Plan.cpp and PlanLifecycle.cpp share; not for other modules.

#include "provision/Plan.h"

#include <QList>
#include <QPair>
#include <QString>

namespace dbx {

// true/false/yes/no/1/0/on/off, any case.
bool parsePlanBool(const QString &text, bool *out);
// The group lifecycle and member upkeep actions (create-group ... set-profile).
bool isLifecyclePlanAction(OperationType type);
// Parses such a row (its options already split into lower-case keys and values).
bool parseLifecycleRow(PlanRow *row, OperationType type, const QList<QPair<QString, QString>> &options);

} // namespace dbx
