#pragma once
// Small helpers shared by the GUI tests.

#include <QObject>
#include <QString>
#include <QtGlobal>

namespace dbx::gui::test {

// The child widget with this object name, with a warning naming it when it is missing.
template <typename T>
T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

} // namespace dbx::gui::test
