#pragma once
// The connection registry the tests use: its settings in an INI file of the test's choosing and its
// secrets in memory (no real keychain touched); the in-memory keychain fails every call with
// `failure` when one is given (NoBackend plays "no keychain on this system").

#include "auth/ConnectionRegistry.h"
#include "auth/SecretStore.h"

#include <QSettings>
#include <QString>

namespace dbx::test {

// Constructed before the registry that points at them (a base class, so it comes first).
struct RegistryStorage {
    RegistryStorage(const QString &iniPath, SecretError::Kind failure) : ini(iniPath, QSettings::IniFormat)
    {
        keychain.setFailure(failure);
    }
    QSettings ini;
    MemorySecretStore keychain;
};

class TestRegistry : public RegistryStorage, public ConnectionRegistry
{
public:
    explicit TestRegistry(const QString &iniPath, SecretError::Kind failure = SecretError::Kind::None)
        : RegistryStorage(iniPath, failure), ConnectionRegistry(&ini, &keychain)
    {}
};

} // namespace dbx::test
