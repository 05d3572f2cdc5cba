#pragma once
// Shared by every fuzz target: the input as a QByteArray, and the Qt set-up that libFuzzer's main
// (scripts/fuzz.sh) and replay_main.cpp (ctest) both run once through LLVMFuzzerInitialize.

#include <QByteArray>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstddef>
#include <cstdint>

namespace dbx {
namespace fuzz {

// An empty input is a null QByteArray, as QFile::readAll() of an empty file gives: code that
// passes data() on to C functions must cope with its null pointer.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    if (size == 0)
        return QByteArray();
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace fuzz
} // namespace dbx

// Qt's SQL plugin loading and tr() want an application object. Logging is off: parsers warn about
// bad input, and millions of warnings would only slow the fuzzer down.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    static int argc = 1;
    static char name[] = "dbx_fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    Q_UNUSED(app);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false\n*.warning=false"));
    return 0;
}
