#include "helpers/ParseFixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dbxtest {

QJsonValue loadFixture(const QString &name)
{
    QFile f(QStringLiteral(DBX_TEST_DATA_DIR "/dropbox/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(f.fileName()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("fixture %s: %s", qPrintable(name), qPrintable(error.errorString()));
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
}

QJsonValue jsonText(const QByteArray &text)
{
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    return QJsonDocument::fromJson("[" + text + "]").array().at(0);
}

QJsonValue setAt(const QJsonValue &node, QString path, const QJsonValue &v)
{
    if (path.isEmpty())
        return v;
    if (path.startsWith(QLatin1Char('['))) {
        const int close = path.indexOf(QLatin1Char(']'));
        const int index = path.mid(1, close - 1).toInt();
        QString rest = path.mid(close + 1);
        if (rest.startsWith(QLatin1Char('.')))
            rest.remove(0, 1);
        QJsonArray a = node.toArray();
        if (rest.isEmpty() && v.isUndefined())
            a.removeAt(index);
        else if (index >= a.size())
            a.append(setAt(QJsonValue(), rest, v));
        else
            a[index] = setAt(a.at(index), rest, v);
        return a;
    }
    int end = path.size();
    for (int i = 0; i < path.size(); ++i) {
        // ".tag" is a key of its own: a dot right at the start of a key belongs to it.
        if (path.at(i) == QLatin1Char('[') || (path.at(i) == QLatin1Char('.') && i > 0)) {
            end = i;
            break;
        }
    }
    const QString key = path.left(end);
    QString rest = path.mid(end);
    if (rest.startsWith(QLatin1Char('.')))
        rest.remove(0, 1);
    QJsonObject o = node.toObject();
    if (rest.isEmpty() && v.isUndefined())
        o.remove(key);
    else
        o[key] = setAt(o.value(key), rest, v);
    return o;
}

} // namespace dbxtest
