#pragma once
// File modes of the snapshot database (team data: emails, names, the audit log): 0600 files in
// 0700 folders, set explicitly whatever the umask, and looser existing modes tightened.
#include "base/Expected.h"

#include <QString>

#include <sys/stat.h>

namespace dbx::sqlstore {

constexpr mode_t kPrivateFile = S_IRUSR | S_IWUSR;
constexpr mode_t kPrivateDir = S_IRWXU;

// Sets path to mode when its permission bits differ by more than what mode allows; a notice
// when something existing was loosened before. False (with errno) only when chmod fails.
bool tightenMode(const QString &path, mode_t mode, bool announce);

// Before SQLite opens path: its folder (and every folder created for it) 0700, the file 0600 and
// created here empty (an empty file is a valid SQLite database), so SQLite, which gives the -wal
// and -shm files the database file's mode, never creates anything readable by others.
Expected<void> preparePrivateFile(const QString &path);

} // namespace dbx::sqlstore
