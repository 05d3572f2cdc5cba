#pragma once
// The Dropbox scopes this app needs, and what each missing one disables. Current names only are
// checked; the seed's setup docs use older names (team_data.member, team_data.governance), which
// the wizard shows alongside so an admin following either text finds the right boxes.

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace dbx {

struct ScopeInfo {
    QString name;
    bool forProvisioning = false; // only needed to change the team
    QString disables;             // what does not work without it
};

class Scopes
{
    Q_DECLARE_TR_FUNCTIONS(Scopes)
public:
    static QVector<ScopeInfo> all();
    static QStringList readOnly();     // members.read groups.read team_info.read
    static QStringList provisioning(); // members.write members.delete groups.write
    static QStringList legacyNames();  // team_data.member team_data.governance
    // events.read: optional, for each member's last sign-in (the team log).
    static QString signInActivity() { return QStringLiteral("events.read"); }
    // Needed scopes (read-only, plus provisioning when asked) not in granted.
    static QVector<ScopeInfo> missing(const QStringList &granted, bool withProvisioning);
    static bool grantsProvisioning(const QStringList &granted);
};

} // namespace dbx
