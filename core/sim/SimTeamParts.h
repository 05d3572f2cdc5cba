#pragma once
// What SimTeam's construction, generation and random changes share: the admin roles of the
// simulated team and the name helpers.

#include <QByteArray>
#include <QString>

#include <iterator>

namespace dbx {
namespace sim {
namespace teamparts {

struct RoleDef {
    const char *id;
    const char *name;
    const char *description;
};

// The admin roles of get_available_team_member_roles. The Team admin id is the one live teams
// report; the others follow the same opaque format (role ids are the same across all teams,
// but only that one could be confirmed from public material).
inline const RoleDef kRoles[] = {
    {"pid_dbtmr:AAAAAFMcx6E0tax39Kb0H671TzWLeE07dwaqFQ5fDRy2", "Team admin",
     "Manage everything and access all permissions"},
    {"pid_dbtmr:AAAAAI5vXqAZmYCaR1sQw8TfXjMzJtN0kVdCqQ2pUwfA", "User management admin",
     "Add, remove, and manage member accounts"},
    {"pid_dbtmr:AAAAAPbW3l9zCk7rYy2oVsQeN1gHhLmT0xUaFd6iRjKc", "Support admin",
     "Help members with limited tasks, including password reset"},
    {"pid_dbtmr:AAAAAD4sGk2HwqLr9mXbYtZcVn3eJp7fUaKoQ1iRsTyE", "Billing admin", "Manage billing and licenses"},
    {"pid_dbtmr:AAAAAKx8QmVnT2bYr5LwZcHs0gJdPfU3kEaNo6iRtGyB", "Compliance admin",
     "Manage compliance features, such as legal holds and data governance"},
    {"pid_dbtmr:AAAAAHq1RzUo7WcXs3VbNmKd9gTfLy2eJaPi0kBnCtQw", "Content admin",
     "Manage team folders and content settings"},
    {"pid_dbtmr:AAAAAMw6YtRe2QpLs8KzXcVb1nHgUj4fDaTo9iSmEyNr", "Security admin",
     "Manage security settings and review security events"},
    {"pid_dbtmr:AAAAAGn5TsWq3ErYu7IoPaLkSd0fJhZx2cVbMn4iQwEr", "Reporting admin", "View team activity and reports"},
};
inline constexpr int kUnheldRole = int(std::size(kRoles)) - 1; // exists, held by nobody

inline QString str(const QByteArray &b) { return QString::fromUtf8(b); }

inline QByteArray abbreviation(const QByteArray &given, const QByteArray &surname)
{
    const QString g = QString::fromUtf8(given);
    const QString s = QString::fromUtf8(surname);
    QString out;
    if (!g.isEmpty())
        out += g.left(g.at(0).isHighSurrogate() ? 2 : 1).toUpper();
    if (!s.isEmpty())
        out += s.left(s.at(0).isHighSurrogate() ? 2 : 1).toUpper();
    return out.toUtf8();
}

inline QByteArray displayOf(const QByteArray &given, const QByteArray &surname, bool surnameFirst)
{
    if (given.isEmpty())
        return surname;
    if (surname.isEmpty())
        return given;
    return surnameFirst ? surname + ' ' + given : given + ' ' + surname;
}

} // namespace teamparts
} // namespace sim
} // namespace dbx
