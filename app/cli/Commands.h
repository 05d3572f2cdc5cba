#pragma once
// Every command of dropbox-connector-cli, added to the registry (commands(), Command.h) family by
// family, in the order the command list shows them.

#include "Command.h"

namespace dbx::cli {

void addStoreCommands(CommandList &list);    // SyncCommands.cpp: sync, export, runs, diff
void addConfigureCommand(CommandList &list); // ConfigureCommand.cpp
void addSimulateCommand(CommandList &list);  // SimulateCommand.cpp
void addServeCommand(CommandList &list);     // ServeCommand.cpp
// Provisioning
void addAccountCommands(CommandList &list);   // AccountCommands.cpp: create-account, remove-account,
                                              // suspend, unsuspend
void addRoleGroupCommands(CommandList &list); // RoleGroupCommands.cpp: set-role, clear-role, add-to-group,
                                              // remove-from-group, set-access-type
void addLifecycleCommands(CommandList &list); // LifecycleCommands.cpp: create-group, rename-group, set-group,
                                              // delete-group, recover-account, resend-invite, set-profile
void addApplyCommand(CommandList &list);      // ApplyCommand.cpp
void addAuditCommand(CommandList &list);      // AuditCommand.cpp
// Insight
void addInsightCommands(CommandList &list); // InsightCommands.cpp: findings, report
void addReviewCommand(CommandList &list);   // ReviewCommands.cpp: review create|list|show|decide|close|export|plan

} // namespace dbx::cli
