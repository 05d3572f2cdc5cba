#include "auth/DeploymentFiles.h"

#include "auth/AuthLog.h"

#include <QDir>
#include <QFile>

namespace dbx {

const char *const DeploymentFiles::kSecretFile = "baton-dropbox-secrets.yaml";
const char *const DeploymentFiles::kDeploymentFile = "baton-dropbox.yaml";
const char *const DeploymentFiles::kEnvFile = "baton-dropbox.env";

namespace {
// A YAML double-quoted scalar.
QString quoted(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('"'), QLatin1String("\\\""));
    out.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QList<QPair<QString, QString>> secretEntries(const DeploymentValues &v)
{
    QList<QPair<QString, QString>> e;
    if (!v.c1ClientId.isEmpty())
        e.append({QStringLiteral("BATON_CLIENT_ID"), v.c1ClientId});
    if (!v.c1ClientSecret.isEmpty())
        e.append({QStringLiteral("BATON_CLIENT_SECRET"), v.c1ClientSecret});
    e.append({QStringLiteral("BATON_APP_KEY"), v.appKey});
    e.append({QStringLiteral("BATON_APP_SECRET"), v.appSecret});
    e.append({QStringLiteral("BATON_REFRESH_TOKEN"), v.refreshToken});
    return e;
}
} // namespace

QString DeploymentFiles::warning()
{
    return tr("These files contain your Dropbox app secret and refresh token (and the ConductorOne "
              "client secret) in plain text. Anyone who reads them can act as a team admin. They "
              "are written readable by you only (mode 0600); keep them out of version control, "
              "apply the Secret and delete the file.");
}

QString DeploymentFiles::secretManifest(const DeploymentValues &v)
{
    QString y;
    y += QStringLiteral("# SECRET: holds the Dropbox app secret and refresh token in plain text. Written by\n"
                        "# Dropbox Team Connector with mode 0600. Apply it (kubectl apply -f) and delete it;\n"
                        "# never commit it.\n"
                        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: baton-dropbox-secrets\n"
                        "type: Opaque\nstringData:\n");
    for (const auto &e : secretEntries(v))
        y += QStringLiteral("  %1: %2\n").arg(e.first, quoted(e.second));
    if (!v.baseUrl.isEmpty())
        y += QStringLiteral("  BATON_BASE_URL: %1\n").arg(quoted(v.baseUrl.toString()));
    return y;
}

QString DeploymentFiles::deploymentManifest(const DeploymentValues &v)
{
    return QStringLiteral(
               "# The self-hosted Dropbox connector: Dropbox Team Connector's CLI in service mode. It polls\n"
               "# ConductorOne for tasks, syncs, uploads c1z files and provisions. Its credentials come\n"
               "# from the Secret baton-dropbox-secrets (baton-dropbox-secrets.yaml).\n"
               "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: baton-dropbox\n  labels:\n"
               "    app: baton-dropbox\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n"
               "      app: baton-dropbox\n  strategy:\n    type: Recreate\n  template:\n    metadata:\n"
               "      labels:\n        app: baton-dropbox\n        baton: \"true\"\n        baton-app: dropbox\n"
               "    spec:\n      securityContext:\n        runAsNonRoot: true\n        runAsUser: 10001\n"
               "        fsGroup: 10001\n      containers:\n        - name: baton-dropbox\n"
               "          image: %1\n          imagePullPolicy: IfNotPresent\n"
               "          command: [\"dropbox-connector-cli\"]\n          args: [\"serve\"]\n"
               "          env:\n            - name: BATON_LOG_LEVEL\n              value: info\n"
               "            - name: BATON_DB\n              value: /var/lib/baton/snapshots.sqlite\n"
               "            - name: BATON_PROVISIONING\n              value: %2\n"
               "          envFrom:\n            - secretRef:\n                name: baton-dropbox-secrets\n"
               "          resources:\n            requests:\n              cpu: 100m\n              memory: 128Mi\n"
               "            limits:\n              memory: 1Gi\n          securityContext:\n"
               "            allowPrivilegeEscalation: false\n            readOnlyRootFilesystem: true\n"
               "            capabilities:\n              drop: [\"ALL\"]\n          volumeMounts:\n"
               "            - name: data\n              mountPath: /var/lib/baton\n            - name: tmp\n"
               "              mountPath: /tmp\n      volumes:\n        - name: data\n          emptyDir: {}\n"
               "        - name: tmp\n          emptyDir: {}\n")
        .arg(v.image, quoted(v.provisioning ? QStringLiteral("true") : QStringLiteral("false")));
}

QString DeploymentFiles::envFile(const DeploymentValues &v)
{
    QString s = QStringLiteral("# SECRET: Dropbox Team Connector credentials in plain text (mode 0600). For\n"
                               "# `docker run --env-file` or a systemd EnvironmentFile; never commit it.\n");
    for (const auto &e : secretEntries(v)) {
        QString value = e.second;
        value.remove(QLatin1Char('\n'));
        s += e.first + QLatin1Char('=') + value + QLatin1Char('\n');
    }
    if (!v.baseUrl.isEmpty())
        s += QStringLiteral("BATON_BASE_URL=") + v.baseUrl.toString() + QLatin1Char('\n');
    s += QStringLiteral("BATON_PROVISIONING=") + (v.provisioning ? QStringLiteral("true") : QStringLiteral("false"))
        + QLatin1Char('\n');
    return s;
}

Expected<void> DeploymentFiles::writePrivateFile(const QString &path, const QByteArray &content)
{
    const auto mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QFile f(path);
    if (f.exists() && !f.setPermissions(mode))
        return unexpected(Error::make(
            Error::Kind::Io,
            tr("Cannot restrict %1 to its owner: %2").arg(QDir::toNativeSeparators(path), f.errorString())));
    // Created 0600 from the start: there is no moment when the secret is readable by others.
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate, mode) || f.write(content) != content.size() || !f.flush())
        return unexpected(Error::make(Error::Kind::Io,
                                      tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString())));
    f.close();
    qCInfo(lcAuth) << "wrote deployment file" << path << "(mode 0600)";
    return {};
}

Expected<QStringList> DeploymentFiles::writeAll(const QString &dir, const DeploymentValues &v)
{
    const QDir d(dir);
    if (!d.exists() && !QDir().mkpath(dir))
        return unexpected(
            Error::make(Error::Kind::Io, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir))));
    const QList<QPair<QString, QString>> files = {
        {QString::fromLatin1(kSecretFile), secretManifest(v)},
        {QString::fromLatin1(kDeploymentFile), deploymentManifest(v)},
        {QString::fromLatin1(kEnvFile), envFile(v)},
    };
    QStringList written;
    for (const auto &f : files) {
        const QString path = d.filePath(f.first);
        const Expected<void> w = writePrivateFile(path, f.second.toUtf8());
        if (!w)
            return unexpected(w.error());
        written.append(path);
    }
    return written;
}

} // namespace dbx
