#pragma once
// Shared by the parse tests: the reply fixtures in tests/data/dropbox, and the JSON edits each
// data row applies to one of them.

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace dbxtest {

QJsonValue loadFixture(const QString &name);
// Any JSON value, scalars included; an empty text is "undefined" (remove the field).
QJsonValue jsonText(const QByteArray &text);
// Sets the value at a path like "members[0].profile.email"; an undefined value removes it.
QJsonValue setAt(const QJsonValue &node, QString path, const QJsonValue &v);

} // namespace dbxtest
