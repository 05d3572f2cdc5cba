// Fuzz target: the c1z reader (core/conductorone/C1z.h). The first byte picks what the rest is:
// even, a whole c1z file (magic + zstd); odd, the SQLite database inside one, which is packed with
// the product's own compressor first so that mutations reach the table and protobuf decoding.

#include "FuzzCommon.h"
#include "conductorone/C1z.h"

#include <QFile>
#include <QTemporaryDir>

namespace {
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace dbx::c1;
    if (size < 1)
        return 0;
    static QTemporaryDir dir;
    if (!dir.isValid())
        return 0;
    const QString c1zPath = dir.filePath(QStringLiteral("input.c1z"));
    const QByteArray rest = dbx::fuzz::bytes(data + 1, size - 1);
    if (data[0] % 2 == 0) {
        if (!writeFile(c1zPath, rest))
            return 0;
    } else {
        const QString dbPath = dir.filePath(QStringLiteral("input.db"));
        if (!writeFile(dbPath, rest) || !c1z::compress(dbPath, c1zPath, 1))
            return 0;
    }
    const auto contents = readC1z(c1zPath);
    if (contents && !contents->syncRuns.isEmpty())
        (void)readC1z(c1zPath, contents->syncRuns.first().syncId);
    return 0;
}
