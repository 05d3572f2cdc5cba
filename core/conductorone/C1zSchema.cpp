#include "conductorone/C1z.h"

namespace dbx {
namespace c1 {

namespace c1z {

QString formatTimestamp(const QDateTime &t)
{
    // Go's "2006-01-02 15:04:05.999999999" on a local time: the fraction loses its trailing
    // zeros, and its dot when nothing is left. Qt keeps milliseconds, so at most 3 digits.
    const QDateTime local = t.toLocalTime();
    QString out = local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    int ms = local.time().msec();
    if (ms > 0) {
        QString frac = QStringLiteral("%1").arg(ms, 3, 10, QLatin1Char('0'));
        while (frac.endsWith(QLatin1Char('0')))
            frac.chop(1);
        out += QLatin1Char('.') + frac;
    }
    return out;
}

QStringList schemaStatements()
{
    // baton-sdk pkg/dotc1z, table by table in its order (resource types, resources,
    // entitlements, sync runs, grants, assets, connector sessions), then the indexes its
    // migrations add. Whitespace kept: SQLite stores the text and tools compare it.
    return {
        QStringLiteral("create table if not exists v1_resource_types (\n"
                       "    id integer primary key,\n"
                       "    external_id text not null,\n"
                       "    data blob not null,\n"
                       "    sync_id text not null,\n"
                       "    discovered_at datetime not null\n"
                       ")"),
        QStringLiteral("create unique index if not exists idx_resource_types_external_sync_v1 on "
                       "v1_resource_types (external_id, sync_id)"),

        QStringLiteral("create table if not exists v1_resources (\n"
                       "    id integer primary key,\n"
                       "    resource_type_id text not null,\n"
                       "    external_id text not null,\n"
                       "\tparent_resource_type_id text,\n"
                       "\tparent_resource_id text,\n"
                       "    data blob not null,\n"
                       "    sync_id text not null,\n"
                       "    discovered_at datetime not null\n"
                       ")"),
        // baton's index names here do not match their columns (its format arguments are in
        // another order than its statements); the names are what readers look up, so keep them.
        QStringLiteral("create index if not exists idx_resources_resource_type_id_v1 on v1_resources "
                       "(resource_type_id)"),
        QStringLiteral("create index if not exists idx_resources_external_sync_v1 on v1_resources "
                       "(parent_resource_type_id, parent_resource_id)"),
        QStringLiteral("create unique index if not exists idx_resources_parent_resource_id_v1 on "
                       "v1_resources (external_id, sync_id)"),

        QStringLiteral("create table if not exists v1_entitlements (\n"
                       "    id integer primary key,\n"
                       "    resource_type_id text not null,\n"
                       "    resource_id text not null,\n"
                       "    external_id text not null,\n"
                       "    data blob not null,\n"
                       "    sync_id text not null,\n"
                       "    discovered_at datetime not null\n"
                       ")"),
        QStringLiteral("create index if not exists idx_entitlements_resource_id_v1 on v1_entitlements "
                       "(resource_type_id, resource_id)"),
        QStringLiteral("create unique index if not exists idx_entitlements_external_sync_v1 on "
                       "v1_entitlements (external_id, sync_id)"),

        QStringLiteral("create table if not exists v1_sync_runs (\n"
                       "    id integer primary key,\n"
                       "    sync_id text not null,\n"
                       "    started_at datetime not null,\n"
                       "    ended_at datetime,\n"
                       "    sync_token text not null,\n"
                       "    sync_type text not null default 'full',\n"
                       "    parent_sync_id text not null default '',\n"
                       "    linked_sync_id text not null default '',\n"
                       "    supports_diff integer not null default 0,\n"
                       "    grants_backfilled integer not null default 0,\n"
                       "\t\tstats text,\n"
                       "    ingest_invariant_generation text not null default '',\n"
                       "    ingest_invariant_coverage text not null default '',\n"
                       "    ingest_invariant_mode text not null default ''\n"
                       ")"),
        QStringLiteral("create unique index if not exists idx_sync_runs_sync_id_v1 on v1_sync_runs (sync_id)"),

        QStringLiteral("create table if not exists v1_grants (\n"
                       "    id integer primary key,\n"
                       "\tresource_type_id text not null,\n"
                       "    resource_id text not null,\n"
                       "    entitlement_id text not null,\n"
                       "    principal_resource_type_id text not null,\n"
                       "    principal_resource_id text not null,\n"
                       "    external_id text not null,\n"
                       "    expansion blob,                             -- Serialized GrantExpandable "
                       "proto; NULL if grant is not expandable.\n"
                       "    needs_expansion integer not null default 0, -- 1 if grant should be "
                       "processed during expansion.\n"
                       "    data blob not null,\n"
                       "    sync_id text not null,\n"
                       "    discovered_at datetime not null\n"
                       ")"),
        QStringLiteral("create index if not exists idx_grants_resource_type_id_resource_id_v1 on v1_grants "
                       "(resource_type_id, resource_id)"),
        QStringLiteral("create index if not exists idx_grants_principal_id_v1 on v1_grants "
                       "(principal_resource_type_id, principal_resource_id)"),
        QStringLiteral("create index if not exists idx_grants_entitlement_id_principal_id_v1 on v1_grants "
                       "(entitlement_id, principal_resource_type_id, principal_resource_id)"),
        QStringLiteral("create unique index if not exists idx_grants_external_sync_v1 on v1_grants "
                       "(external_id, sync_id)"),
        QStringLiteral("create index if not exists idx_grants_entitlement_sync_grant_v1 on v1_grants "
                       "(entitlement_id, sync_id, id)"),

        QStringLiteral("create table if not exists v1_assets (\n"
                       "    id integer primary key,\n"
                       "    external_id text not null,\n"
                       "    content_type text not null,\n"
                       "    data blob not null,\n"
                       "    sync_id text not null,\n"
                       "    discovered_at datetime not null\n"
                       ")"),
        QStringLiteral("create unique index if not exists idx_assets_external_sync_v1 on v1_assets "
                       "(external_id, sync_id)"),

        QStringLiteral("CREATE TABLE IF NOT EXISTS v1_connector_sessions (\n"
                       "    id integer primary key,\n"
                       "\tsync_id text NOT NULL,\n"
                       "\tkey TEXT NOT NULL,\n"
                       "\tvalue BLOB NOT NULL\n"
                       ")"),
        QStringLiteral("create unique index if not exists idx_session_store_sync_key_v1 on "
                       "v1_connector_sessions (sync_id, key)"),

        // Added by the grants migration; present so that opening the file migrates nothing.
        QStringLiteral("create index if not exists idx_grants_sync_expansion_v1 on v1_grants (sync_id) "
                       "where expansion is not null"),
        QStringLiteral("create index if not exists idx_grants_sync_needs_expansion_v1 on v1_grants (sync_id) "
                       "where needs_expansion = 1"),
    };
}

} // namespace c1z

} // namespace c1
} // namespace dbx
