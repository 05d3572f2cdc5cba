// JSON benchmark: which parser the sync should use, by measurement (issue 11). The simulator's
// own replies (member pages of 1,000 full profiles, group member pages) are parsed again and
// again, and the program prints for each parser how long one pass over all the bodies takes:
//   - Qt's QJsonDocument, the document alone, and with the connector's readers building the
//     model (parse::memberPage / parse::groupMemberPage, what a sync does per page);
//   - simdjson (Debian's libsimdjson-dev), the document alone, and with the connector's simdjson
//     readers (dropbox/FastParse.h, which check every field as Parse.cpp does).
// Both reader rows make the same pages (tst_fastparse); the figures are CPU time per pass.
//
//   bench_json [--members 20000] [--groups 1000] [--memberships 100000] [--passes 5]

#include "BenchOptions.h"
#include "dropbox/DropboxClient.h"
#include "dropbox/FastParse.h"
#include "dropbox/Parse.h"
#include "sim/SimApi.h"
#include "sim/SimPages.h"
#include "sim/SimTeam.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <functional>
#include <simdjson.h>

using namespace dbx;

namespace {

qint64 bytes(const sim::ListingPages &pages)
{
    qint64 n = 0;
    for (const QVector<QByteArray> *list : {&pages.members, &pages.groupMembers})
        for (const QByteArray &b : *list)
            n += b.size();
    return n;
}

// Runs pass() `passes` times; prints CPU per pass, MB/s and the ratio to the fastest so far.
struct Table {
    QTextStream &out;
    qint64 bytes;
    int passes;
    void row(const QString &what, const std::function<qint64()> &pass) const
    {
        bench::Clock clock;
        clock.restart();
        qint64 items = 0;
        for (int i = 0; i < passes; ++i)
            items += pass();
        const double secs = clock.cpuSecs() / passes;
        out << QStringLiteral("%1  %2 ms a pass, %3 MB/s, %4 items\n")
                   .arg(what, -44)
                   .arg(secs * 1000, 8, 'f', 1)
                   .arg(double(bytes) / 1e6 / secs, 7, 'f', 1)
                   .arg(items / passes)
            << Qt::flush;
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption members{QStringLiteral("members"), QStringLiteral("Members."), QStringLiteral("N"),
                                     QStringLiteral("20000")};
    const QCommandLineOption groups{QStringLiteral("groups"), QStringLiteral("Groups."), QStringLiteral("N"),
                                    QStringLiteral("1000")};
    const QCommandLineOption memberships{QStringLiteral("memberships"), QStringLiteral("Group memberships."),
                                         QStringLiteral("N"), QStringLiteral("100000")};
    const QCommandLineOption passes{QStringLiteral("passes"), QStringLiteral("Passes over the bodies."),
                                    QStringLiteral("N"), QStringLiteral("5")};
    p.addOptions({members, groups, memberships, passes});
    p.process(app);

    sim::TeamSpec spec;
    spec.members = p.value(members).toInt();
    spec.groups = p.value(groups).toInt();
    spec.memberships = p.value(memberships).toInt();
    sim::SimTeam team(spec);
    sim::SimApi api(team);
    const sim::ListingPages bodies = sim::listingPages(api, 1000, 1000);
    out << "bodies: " << bodies.members.size() << " member pages, " << bodies.groupMembers.size()
        << " group member pages, " << bytes(bodies) / 1e6 << " MB\n";
    const Table table{out, bytes(bodies), qMax(1, p.value(passes).toInt())};
    const QString route = QStringLiteral("bench");

    table.row(QStringLiteral("Qt QJsonDocument, document only"), [&] {
        qint64 n = 0;
        for (const QVector<QByteArray> *list : {&bodies.members, &bodies.groupMembers})
            for (const QByteArray &b : *list)
                n += QJsonDocument::fromJson(b).object().size();
        return n;
    });
    table.row(QStringLiteral("Qt QJsonDocument + the connector's readers"), [&] {
        qint64 n = 0;
        for (const QByteArray &b : bodies.members) {
            const Expected<QJsonValue> v = parse::jsonValue(b);
            const Expected<MemberPage> page = parse::memberPage(route, *v);
            n += page ? page->members.size() : 0;
        }
        for (const QByteArray &b : bodies.groupMembers) {
            const Expected<QJsonValue> v = parse::jsonValue(b);
            const Expected<GroupMemberPage> page = parse::groupMemberPage(route, *v);
            n += page ? page->members.size() : 0;
        }
        return n;
    });
    simdjson::dom::parser parser;
    out << "simdjson " << int(simdjson::SIMDJSON_VERSION_MAJOR) << '.' << int(simdjson::SIMDJSON_VERSION_MINOR) << '.'
        << int(simdjson::SIMDJSON_VERSION_REVISION) << ", " << simdjson::get_active_implementation()->name().data()
        << " kernel\n";
    table.row(QStringLiteral("simdjson, document only"), [&] {
        qint64 n = 0;
        for (const QVector<QByteArray> *list : {&bodies.members, &bodies.groupMembers})
            for (const QByteArray &b : *list)
                n += parser.parse(b.constData(), size_t(b.size())).get_object().size();
        return n;
    });
    table.row(QStringLiteral("simdjson + the connector's readers"), [&] {
        qint64 n = 0;
        for (const QByteArray &b : bodies.members) {
            const std::optional<MemberPage> page = parse::fast::memberPage(b);
            n += page ? page->members.size() : 0;
        }
        for (const QByteArray &b : bodies.groupMembers) {
            const std::optional<GroupMemberPage> page = parse::fast::groupMemberPage(b);
            n += page ? page->members.size() : 0;
        }
        return n;
    });
    return 0;
}
