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

QByteArray magicV1()
{
    return QByteArray("C1ZF\0", 5);
}

QByteArray magicV3()
{
    return QByteArray("C1Z3\0", 5);
}
bool compress(const QString &dbPath, const QString &c1zPath, int level, QString *error)
{
    QFile in(dbPath);
    if (!in.open(QIODevice::ReadOnly)) {
        setError(error, tr("The c1z database could not be read: %1").arg(in.errorString()));
        return false;
    }
    QSaveFile out(c1zPath);
    if (!out.open(QIODevice::WriteOnly)) {
        setError(error, tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(c1zPath), out.errorString()));
        return false;
    }
    const std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> cctx(ZSTD_createCCtx(), &ZSTD_freeCCtx);
    if (!cctx) {
        setError(error, tr("The zstd compressor could not be created."));
        return false;
    }
    ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_compressionLevel, level);
    ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_checksumFlag, 1);
    // The size goes into the frame header, as baton records it (Frame_Content_Size).
    ZSTD_CCtx_setPledgedSrcSize(cctx.get(), quint64(in.size()));

    if (out.write(magicV1()) != magicV1().size()) {
        setError(error, tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(c1zPath), out.errorString()));
        return false;
    }
    QByteArray inBuf(qsizetype(ZSTD_CStreamInSize()), Qt::Uninitialized);
    QByteArray outBuf(qsizetype(ZSTD_CStreamOutSize()), Qt::Uninitialized);
    qint64 remaining = in.size();
    bool finished = false;
    while (!finished) {
        const qint64 got = in.read(inBuf.data(), inBuf.size());
        if (got < 0) {
            setError(error, tr("The c1z database could not be read: %1").arg(in.errorString()));
            return false;
        }
        remaining -= got;
        const bool last = remaining <= 0 || got == 0;
        const ZSTD_EndDirective mode = last ? ZSTD_e_end : ZSTD_e_continue;
        ZSTD_inBuffer input{inBuf.constData(), size_t(got), 0};
        bool done = false;
        while (!done) {
            ZSTD_outBuffer output{outBuf.data(), size_t(outBuf.size()), 0};
            const size_t left = ZSTD_compressStream2(cctx.get(), &output, &input, mode);
            if (ZSTD_isError(left)) {
                setError(error, tr("Compressing the c1z failed: %1").arg(QString::fromLatin1(ZSTD_getErrorName(left))));
                return false;
            }
            if (out.write(outBuf.constData(), qint64(output.pos)) != qint64(output.pos)) {
                setError(error, tr("%1 could not be written: %2")
                                    .arg(QDir::toNativeSeparators(c1zPath), out.errorString()));
                return false;
            }
            done = last ? left == 0 : input.pos == input.size;
        }
        finished = last;
    }
    if (!out.commit()) {
        setError(error, tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(c1zPath), out.errorString()));
        return false;
    }
    return true;
}

bool decompress(const QString &c1zPath, const QString &dbPath, QString *error, qint64 maxBytes)
{
    QFile in(c1zPath);
    if (!in.open(QIODevice::ReadOnly)) {
        setError(error, tr("%1 could not be opened: %2").arg(QDir::toNativeSeparators(c1zPath), in.errorString()));
        return false;
    }
    const QByteArray magic = in.read(5);
    if (magic == magicV3()) {
        setError(error, tr("%1 is a c1z of format v3 (Pebble), which this application does not read; "
                           "baton writes format v1 with --storage-engine sqlite.")
                            .arg(QDir::toNativeSeparators(c1zPath)));
        return false;
    }
    if (magic != magicV1()) {
        setError(error, tr("%1 is not a c1z file (it does not start with C1ZF).").arg(QDir::toNativeSeparators(c1zPath)));
        return false;
    }
    QFile out(dbPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        setError(error, tr("The c1z database could not be unpacked: %1").arg(out.errorString()));
        return false;
    }
    const std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> dctx(ZSTD_createDCtx(), &ZSTD_freeDCtx);
    if (!dctx) {
        setError(error, tr("The zstd decompressor could not be created."));
        return false;
    }
    // baton's decoder allows windows up to 128 MiB; so do we.
    ZSTD_DCtx_setParameter(dctx.get(), ZSTD_d_windowLogMax, 27);
    QByteArray inBuf(qsizetype(ZSTD_DStreamInSize()), Qt::Uninitialized);
    QByteArray outBuf(qsizetype(ZSTD_DStreamOutSize()), Qt::Uninitialized);
    qint64 total = 0;
    size_t lastRet = 1;
    bool sawInput = false;
    for (;;) {
        const qint64 got = in.read(inBuf.data(), inBuf.size());
        if (got < 0) {
            setError(error, tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(c1zPath), in.errorString()));
            return false;
        }
        if (got == 0)
            break;
        sawInput = true;
        ZSTD_inBuffer input{inBuf.constData(), size_t(got), 0};
        while (input.pos < input.size) {
            ZSTD_outBuffer output{outBuf.data(), size_t(outBuf.size()), 0};
            lastRet = ZSTD_decompressStream(dctx.get(), &output, &input);
            if (ZSTD_isError(lastRet)) {
                setError(error, tr("%1 is damaged: %2").arg(QDir::toNativeSeparators(c1zPath),
                                                           QString::fromLatin1(ZSTD_getErrorName(lastRet))));
                return false;
            }
            total += qint64(output.pos);
            if (total > maxBytes) {
                setError(error, tr("%1 unpacks to more than %2 bytes, the limit.")
                                    .arg(QDir::toNativeSeparators(c1zPath)).arg(maxBytes));
                return false;
            }
            if (out.write(outBuf.constData(), qint64(output.pos)) != qint64(output.pos)) {
                setError(error, tr("The c1z database could not be unpacked: %1").arg(out.errorString()));
                return false;
            }
        }
    }
    if (!sawInput || lastRet != 0) {
        setError(error, tr("%1 is truncated: its compressed database ends early.").arg(QDir::toNativeSeparators(c1zPath)));
        return false;
    }
    if (!out.flush()) {
        setError(error, tr("The c1z database could not be unpacked: %1").arg(out.errorString()));
        return false;
    }
    return true;
}

} // namespace c1z

} // namespace c1
} // namespace dbx
