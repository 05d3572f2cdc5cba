#pragma once
// The built-in tables of the main window, each set up by its own function: the search box's
// placeholder, column widths, sort order, and the filter widgets next to the search box wired to
// the page's row predicate. The window creates the pages (TablePage) and calls these; what a
// row does when activated or selected stays with the window.

class QAction;
class QLabel;
class QWidget;

namespace dbx::gui {

class AccountsModel;
class GrantsModel;
class GroupsModel;
class LogModel;
class RolesModel;
class TablePage;

// Status, membership type, admin role and "Show removed".
void setUpAccountsPage(TablePage *page, const AccountsModel *model);
// "Held only": roles someone holds.
void setUpRolesPage(TablePage *page, const RolesModel *model);
// Who manages the group.
void setUpGroupsPage(TablePage *page, const GroupsModel *model);
// Entitlement kind; natural order until the admin sorts.
void setUpEntitlementsPage(TablePage *page, const GrantsModel *model);
// Newest run first.
void setUpRunsPage(TablePage *page);
// Lowest level shown, Clear, and following the tail while the admin is at the bottom.
void setUpLogPage(TablePage *page, LogModel *model);

} // namespace dbx::gui
