#pragma once
// The values provisioning reports (the Provisioner's signals, the worker's): progress and
// previews, next to the operations, results and plans they carry (Operation.h, Plan.h). Plain
// data, no client, so that the GUI can hold them without the network code.

#include "provision/Operation.h"
#include "provision/Plan.h"
#include "provision/TeamState.h"

#include <QMetaType>
#include <QString>
#include <QVector>

namespace dbx {

struct ProvisionProgress {
    int done = 0; // items finished (any outcome)
    int total = 0;
    int index = -1; // the item now being worked on
    QString text;   // "Creating 12 accounts (waiting for Dropbox's job)"
};

// What the GUI shows before asking: the verdict, the sentence and the consequence.
struct OperationPreview {
    Operation operation;
    Precheck check;
    QString description;  // Operation::describe with names
    QString confirmation; // Operation::confirmationText with names
};

// How the items of a run ended, counted once for every summary of it (the CLI's, the run
// dialog's, the reconciled interrupted run's); Failed and Invalid count together.
struct OutcomeCounts {
    int success = 0;
    int noChange = 0;
    int failed = 0; // Failed or Invalid
    int cancelled = 0;
    int unknown = 0;
};
OutcomeCounts countOutcomes(const QVector<OperationResult> &results);

} // namespace dbx

Q_DECLARE_METATYPE(dbx::ProvisionProgress)
Q_DECLARE_METATYPE(dbx::OperationPreview)
