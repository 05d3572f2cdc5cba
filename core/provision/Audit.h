#pragma once
// The audit log as CSV (the Audit view's export and `audit --csv`): one row per change attempted,
// oldest or newest first as given.

#include "store/SnapshotStore.h"

#include <QByteArray>
#include <QVector>

namespace dbx {

// Header: at,admin,connection,action,target,object,outcome,message,request_id,details
// (at in ISO 8601 UTC). Free-text cells are defused against spreadsheet formulas.
QByteArray auditCsv(const QVector<AuditEntry> &entries);

} // namespace dbx
