#include "conductorone/C1z.h"
#include "conductorone/C1zSqlite.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <zstd.h>

#include <memory>

namespace dbx {
namespace c1 {

using namespace c1zinternal;

namespace c1z {

QByteArray magicV1() { return QByteArray("C1ZF\0", 5); }

QByteArray magicV3() { return QByteArray("C1Z3\0", 5); }
Expected<void> compress(const QString &dbPath, const QString &c1zPath, int level,
                        const C1zWriteOptions::Progress &progress)
{
    const QString name = QDir::toNativeSeparators(c1zPath);
    QFile in(dbPath);
    if (!in.open(QIODevice::ReadOnly))
        return fail(Error::Kind::Io, tr("The c1z database could not be read: %1").arg(in.errorString()));
    QSaveFile out(c1zPath);
    if (!out.open(QIODevice::WriteOnly))
        return fail(Error::Kind::Io, tr("%1 could not be written: %2").arg(name, out.errorString()));
    const std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> cctx(ZSTD_createCCtx(), &ZSTD_freeCCtx);
    if (!cctx)
        return fail(Error::Kind::Internal, tr("The zstd compressor could not be created."));
    ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_compressionLevel, level);
    ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_checksumFlag, 1);
    // A second core compresses while this one reads (a 100k-member database is half a GB). A
    // libzstd built without threads refuses the parameter and compresses on this thread alone.
    ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_nbWorkers, 2);
    // The size goes into the frame header, as baton records it (Frame_Content_Size).
    ZSTD_CCtx_setPledgedSrcSize(cctx.get(), quint64(in.size()));

    if (out.write(magicV1()) != magicV1().size())
        return fail(Error::Kind::Io, tr("%1 could not be written: %2").arg(name, out.errorString()));
    QByteArray inBuf(qsizetype(ZSTD_CStreamInSize()), Qt::Uninitialized);
    QByteArray outBuf(qsizetype(ZSTD_CStreamOutSize()), Qt::Uninitialized);
    qint64 remaining = in.size();
    bool finished = false;
    while (!finished) {
        const qint64 got = in.read(inBuf.data(), inBuf.size());
        if (got < 0)
            return fail(Error::Kind::Io, tr("The c1z database could not be read: %1").arg(in.errorString()));
        remaining -= got;
        if (progress && (in.size() - remaining) % (16 << 20) < got)
            progress(C1zWriteOptions::Stage::Compressing, in.size() - remaining, in.size());
        const bool last = remaining <= 0 || got == 0;
        const ZSTD_EndDirective mode = last ? ZSTD_e_end : ZSTD_e_continue;
        ZSTD_inBuffer input{inBuf.constData(), size_t(got), 0};
        bool done = false;
        while (!done) {
            ZSTD_outBuffer output{outBuf.data(), size_t(outBuf.size()), 0};
            const size_t left = ZSTD_compressStream2(cctx.get(), &output, &input, mode);
            if (ZSTD_isError(left)) {
                return fail(Error::Kind::Internal,
                            tr("Compressing the c1z failed: %1").arg(QString::fromLatin1(ZSTD_getErrorName(left))));
            }
            if (out.write(outBuf.constData(), qint64(output.pos)) != qint64(output.pos))
                return fail(Error::Kind::Io, tr("%1 could not be written: %2").arg(name, out.errorString()));
            done = last ? left == 0 : input.pos == input.size;
        }
        finished = last;
    }
    if (!out.commit())
        return fail(Error::Kind::Io, tr("%1 could not be written: %2").arg(name, out.errorString()));
    return {};
}

Expected<void> decompress(const QString &c1zPath, const QString &dbPath, qint64 maxBytes)
{
    const QString name = QDir::toNativeSeparators(c1zPath);
    QFile in(c1zPath);
    if (!in.open(QIODevice::ReadOnly))
        return fail(Error::Kind::Io, tr("%1 could not be opened: %2").arg(name, in.errorString()));
    const QByteArray magic = in.read(5);
    if (magic == magicV3()) {
        return fail(Error::Kind::Invalid,
                    tr("%1 is a c1z of format v3 (Pebble), which this application does not "
                       "read; baton writes format v1 with --storage-engine sqlite.")
                        .arg(name));
    }
    if (magic != magicV1())
        return fail(Error::Kind::Invalid, tr("%1 is not a c1z file (it does not start with C1ZF).").arg(name));
    QFile out(dbPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(Error::Kind::Io, tr("The c1z database could not be unpacked: %1").arg(out.errorString()));
    const std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> dctx(ZSTD_createDCtx(), &ZSTD_freeDCtx);
    if (!dctx)
        return fail(Error::Kind::Internal, tr("The zstd decompressor could not be created."));
    // baton's decoder allows windows up to 128 MiB; so do we.
    ZSTD_DCtx_setParameter(dctx.get(), ZSTD_d_windowLogMax, 27);
    QByteArray inBuf(qsizetype(ZSTD_DStreamInSize()), Qt::Uninitialized);
    QByteArray outBuf(qsizetype(ZSTD_DStreamOutSize()), Qt::Uninitialized);
    qint64 total = 0;
    size_t lastRet = 1;
    bool sawInput = false;
    for (;;) {
        const qint64 got = in.read(inBuf.data(), inBuf.size());
        if (got < 0)
            return fail(Error::Kind::Io, tr("%1 could not be read: %2").arg(name, in.errorString()));
        if (got == 0)
            break;
        sawInput = true;
        ZSTD_inBuffer input{inBuf.constData(), size_t(got), 0};
        while (input.pos < input.size) {
            ZSTD_outBuffer output{outBuf.data(), size_t(outBuf.size()), 0};
            lastRet = ZSTD_decompressStream(dctx.get(), &output, &input);
            if (ZSTD_isError(lastRet)) {
                return fail(Error::Kind::Invalid,
                            tr("%1 is damaged: %2").arg(name, QString::fromLatin1(ZSTD_getErrorName(lastRet))));
            }
            total += qint64(output.pos);
            if (total > maxBytes) {
                return fail(Error::Kind::Invalid,
                            tr("%1 unpacks to more than %2 bytes, the limit.").arg(name).arg(maxBytes));
            }
            if (out.write(outBuf.constData(), qint64(output.pos)) != qint64(output.pos))
                return fail(Error::Kind::Io, tr("The c1z database could not be unpacked: %1").arg(out.errorString()));
        }
    }
    if (!sawInput || lastRet != 0)
        return fail(Error::Kind::Invalid, tr("%1 is truncated: its compressed database ends early.").arg(name));
    if (!out.flush())
        return fail(Error::Kind::Io, tr("The c1z database could not be unpacked: %1").arg(out.errorString()));
    return {};
}

} // namespace c1z

} // namespace c1
} // namespace dbx
