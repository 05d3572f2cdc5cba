#pragma once
// The seed's self-hosted deployment, filled in: baton-dropbox-secrets.yaml (a Kubernetes Secret
// with BATON_APP_KEY/BATON_APP_SECRET/BATON_REFRESH_TOKEN and, when given, BATON_CLIENT_ID/
// BATON_CLIENT_SECRET), baton-dropbox.yaml (a Deployment running `dropbox-connector-cli serve`
// with envFrom that Secret and BATON_PROVISIONING) and an env file (KEY=value lines, for
// `docker run --env-file` or a systemd EnvironmentFile). Every file is created with mode 0600:
// two of them hold secrets in plain text, which is why the admin must ask for them explicitly.

#include "base/Expected.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace dbx {

struct DeploymentValues {
    QString appKey;
    QString appSecret;
    QString refreshToken;
    QString c1ClientId;     // optional
    QString c1ClientSecret; // optional
    QUrl baseUrl;           // empty = Dropbox (not written)
    bool provisioning = false;
    QString image = QStringLiteral("dropbox-team-connector:latest");
};

class DeploymentFiles
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentFiles)
public:
    static const char *const kSecretFile;     // baton-dropbox-secrets.yaml
    static const char *const kDeploymentFile; // baton-dropbox.yaml
    static const char *const kEnvFile;        // baton-dropbox.env

    static QString secretManifest(const DeploymentValues &v);
    static QString deploymentManifest(const DeploymentValues &v);
    static QString envFile(const DeploymentValues &v);
    // The sentence to show before writing and after: these files hold secrets.
    static QString warning();

    // Writes content to path with mode 0600 from the first byte on (an existing file is
    // restricted before it is overwritten). Kind::Io with the sentence otherwise.
    static Expected<void> writePrivateFile(const QString &path, const QByteArray &content);
    // All three into dir (created when missing); the paths written.
    static Expected<QStringList> writeAll(const QString &dir, const DeploymentValues &v);
};

} // namespace dbx
