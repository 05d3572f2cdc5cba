#include "sim/Names.h"

#include <QString>

#include <iterator>

namespace dbx {
namespace sim {

namespace {

struct NamePart {
    const char *utf8;
    const char *ascii;
};

struct Culture {
    const NamePart *given;
    int givenCount;
    const NamePart *surnames;
    int surnameCount;
    bool surnameFirst;
    int weight; // out of the sum of all weights
};

const NamePart kEnGiven[] = {
    {"James", "james"},        {"Olivia", "olivia"},     {"Liam", "liam"},   {"Emma", "emma"},
    {"Noah", "noah"},          {"Ava", "ava"},           {"Ethan", "ethan"}, {"Sophia", "sophia"},
    {"Mason", "mason"},        {"Isabella", "isabella"}, {"Lucas", "lucas"}, {"Mia", "mia"},
    {"Harper", "harper"},      {"Elijah", "elijah"},     {"Grace", "grace"}, {"Henry", "henry"},
    {"Mary-Kate", "marykate"}, {"Siobhán", "siobhan"},
};
const NamePart kEnSurname[] = {
    {"Smith", "smith"},
    {"Johnson", "johnson"},
    {"Williams", "williams"},
    {"Brown", "brown"},
    {"Jones", "jones"},
    {"Miller", "miller"},
    {"Davis", "davis"},
    {"Wilson", "wilson"},
    {"Taylor", "taylor"},
    {"Clark", "clark"},
    {"Walker", "walker"},
    {"Hall", "hall"},
    {"Young", "young"},
    {"King", "king"},
    {"Wright", "wright"},
    {"O'Brien", "obrien"},
    {"Van der Berg", "vanderberg"},
};
const NamePart kDeGiven[] = {
    {"Jürgen", "juergen"},        {"Lena", "lena"},     {"Lukas", "lukas"},  {"Anna", "anna"},
    {"Maximilian", "maximilian"}, {"Sophie", "sophie"}, {"Jonas", "jonas"},  {"Marie", "marie"},
    {"Felix", "felix"},           {"Hannah", "hannah"}, {"Björn", "bjoern"}, {"Jörg", "joerg"},
};
const NamePart kDeSurname[] = {
    {"Müller", "mueller"},   {"Schmidt", "schmidt"}, {"Schneider", "schneider"}, {"Fischer", "fischer"},
    {"Weber", "weber"},      {"Meyer", "meyer"},     {"Wagner", "wagner"},       {"Becker", "becker"},
    {"Schäfer", "schaefer"}, {"Köhler", "koehler"},  {"Groß", "gross"},          {"Hoffmann", "hoffmann"},
};
const NamePart kFrGiven[] = {
    {"Chloé", "chloe"},   {"Léa", "lea"},       {"Hélène", "helene"}, {"François", "francois"},
    {"Amélie", "amelie"}, {"Théo", "theo"},     {"Zoë", "zoe"},       {"Raphaël", "raphael"},
    {"Jérôme", "jerome"}, {"Élodie", "elodie"}, {"Noémie", "noemie"}, {"Mathis", "mathis"},
};
const NamePart kFrSurname[] = {
    {"Dubois", "dubois"},     {"Lefèvre", "lefevre"},   {"Moreau", "moreau"},     {"Girard", "girard"},
    {"Rousseau", "rousseau"}, {"Béranger", "beranger"}, {"Fontaine", "fontaine"}, {"Chevalier", "chevalier"},
    {"Lemaître", "lemaitre"}, {"Durand", "durand"},     {"Faure", "faure"},       {"de La Tour", "delatour"},
};
const NamePart kPlGiven[] = {
    {"Łukasz", "lukasz"},       {"Małgorzata", "malgorzata"}, {"Paweł", "pawel"},       {"Agnieszka", "agnieszka"},
    {"Krzysztof", "krzysztof"}, {"Zofia", "zofia"},           {"Wojciech", "wojciech"}, {"Katarzyna", "katarzyna"},
};
const NamePart kPlSurname[] = {
    {"Kowalski", "kowalski"},   {"Nowak", "nowak"},         {"Wiśniewski", "wisniewski"},
    {"Wójcik", "wojcik"},       {"Kamiński", "kaminski"},   {"Lewandowski", "lewandowski"},
    {"Zieliński", "zielinski"}, {"Dąbrowski", "dabrowski"}, {"Łuczak", "luczak"},
};
const NamePart kEsGiven[] = {
    {"José", "jose"},     {"María", "maria"}, {"Sofía", "sofia"}, {"Martín", "martin"}, {"Lucía", "lucia"},
    {"Andrés", "andres"}, {"João", "joao"},   {"Inês", "ines"},   {"Mário", "mario"},
};
const NamePart kEsSurname[] = {
    {"García", "garcia"}, {"Fernández", "fernandez"}, {"López", "lopez"}, {"Martínez", "martinez"},
    {"Pérez", "perez"},   {"Gonçalves", "goncalves"}, {"Peña", "pena"},   {"Ibáñez", "ibanez"},
};
const NamePart kNoGiven[] = {
    {"Søren", "soren"},   {"Åsa", "asa"},       {"Linnéa", "linnea"}, {"Øystein", "oystein"},
    {"Sigrún", "sigrun"}, {"Mikael", "mikael"}, {"Ingrid", "ingrid"},
};
const NamePart kNoSurname[] = {
    {"Andersen", "andersen"},   {"Johansson", "johansson"}, {"Bjørnstad", "bjornstad"},
    {"Lindqvist", "lindqvist"}, {"Sæther", "saether"},      {"Åberg", "aberg"},
};
const NamePart kJaGiven[] = {
    {"太郎", "taro"},  {"花子", "hanako"},   {"翔", "sho"},       {"美咲", "misaki"},
    {"健太", "kenta"}, {"さくら", "sakura"}, {"大輔", "daisuke"}, {"結衣", "yui"},
};
const NamePart kJaSurname[] = {
    {"山田", "yamada"}, {"佐藤", "sato"}, {"鈴木", "suzuki"},   {"高橋", "takahashi"},
    {"田中", "tanaka"}, {"伊藤", "ito"},  {"渡辺", "watanabe"}, {"中村", "nakamura"},
};
const NamePart kZhGiven[] = {
    {"伟", "wei"}, {"芳", "fang"}, {"娜", "na"}, {"磊", "lei"}, {"静", "jing"}, {"强", "qiang"},
};
const NamePart kZhSurname[] = {
    {"王", "wang"}, {"李", "li"}, {"张", "zhang"}, {"刘", "liu"}, {"陈", "chen"}, {"杨", "yang"},
};
const NamePart kTrGiven[] = {
    {"Ayşe", "ayse"},     {"Mehmet", "mehmet"}, {"Çağrı", "cagri"},
    {"Gökhan", "gokhan"}, {"Şule", "sule"},     {"İlker", "ilker"},
};
const NamePart kTrSurname[] = {
    {"Yılmaz", "yilmaz"}, {"Şahin", "sahin"}, {"Öztürk", "ozturk"}, {"Çelik", "celik"}, {"Doğan", "dogan"},
};

#define DBX_CULTURE(g, s, first, w)                                                                                    \
    {                                                                                                                  \
        g, int(std::size(g)), s, int(std::size(s)), first, w                                                           \
    }
const Culture kCultures[] = {
    DBX_CULTURE(kEnGiven, kEnSurname, false, 34), DBX_CULTURE(kDeGiven, kDeSurname, false, 12),
    DBX_CULTURE(kFrGiven, kFrSurname, false, 10), DBX_CULTURE(kPlGiven, kPlSurname, false, 8),
    DBX_CULTURE(kEsGiven, kEsSurname, false, 10), DBX_CULTURE(kNoGiven, kNoSurname, false, 6),
    DBX_CULTURE(kJaGiven, kJaSurname, true, 8),   DBX_CULTURE(kZhGiven, kZhSurname, true, 6),
    DBX_CULTURE(kTrGiven, kTrSurname, false, 6),
};
#undef DBX_CULTURE

const char *const kDepartments[] = {
    "Engineering", "Finance",         "Legal",          "Marketing",      "Sales",
    "Support",     "Human Resources", "Design",         "Research",       "Operations",
    "IT",          "Security",        "Procurement",    "Communications", "Data Science",
    "Product",     "Vertrieb",        "Équipe produit", "法務部",
};
const char *const kLocations[] = {
    "Berlin", "München",  "Zürich", "Paris",     "Montréal", "São Paulo", "Kraków", "東京",
    "上海",   "İstanbul", "Oslo",   "Reykjavík", "New York", "London",    "Łódź",
};
const char *const kProjects[] = {
    "Apollo", "Nebula", "Kestrel", "Orion",   "Tundra", "Zephyr",
    "Aurora", "Fjord",  "Sakura",  "Mistral", "Brücke", "Cañón",
};
const char *const kTeamNames[] = {
    "Northwind Traders", "Acme Flügel GmbH", "Contoso Élan",        "Globex Kraków",
    "Initech",           "Umbrella & Sons",  "Vandelay Industries", "Hooli Ōsaka",
};

template <size_t N>
const char *pick(QRandomGenerator &rng, const char *const (&arr)[N])
{
    return arr[rng.bounded(int(N))];
}

} // namespace

Person randomPerson(QRandomGenerator &rng)
{
    int total = 0;
    for (const Culture &c : kCultures)
        total += c.weight;
    int r = rng.bounded(total);
    const Culture *culture = &kCultures[0];
    for (const Culture &c : kCultures) {
        if (r < c.weight) {
            culture = &c;
            break;
        }
        r -= c.weight;
    }
    const NamePart &g = culture->given[rng.bounded(culture->givenCount)];
    const NamePart &s = culture->surnames[rng.bounded(culture->surnameCount)];
    Person p;
    // fromRawData: the tables are static, so every member named "Müller" shares one buffer.
    p.givenName = QByteArray::fromRawData(g.utf8, qsizetype(qstrlen(g.utf8)));
    p.surname = QByteArray::fromRawData(s.utf8, qsizetype(qstrlen(s.utf8)));
    p.asciiGiven = QByteArray::fromRawData(g.ascii, qsizetype(qstrlen(g.ascii)));
    p.asciiSurname = QByteArray::fromRawData(s.ascii, qsizetype(qstrlen(s.ascii)));
    p.surnameFirst = culture->surnameFirst;
    return p;
}

QByteArray randomGroupBaseName(QRandomGenerator &rng)
{
    switch (rng.bounded(6)) {
    case 0:
    case 1: return QByteArray(pick(rng, kDepartments));
    case 2: return QByteArray(pick(rng, kDepartments)) + " – " + pick(rng, kLocations);
    case 3: return QByteArray("Project ") + pick(rng, kProjects);
    case 4: return QByteArray(pick(rng, kProjects)) + ' ' + pick(rng, kDepartments);
    default: return QByteArray(pick(rng, kLocations)) + " office";
    }
}

QByteArray randomTeamName(QRandomGenerator &rng) { return QByteArray(pick(rng, kTeamNames)); }

QByteArray asciiSlug(const QByteArray &utf8)
{
    // Decomposed, "ü" is "u" + a combining mark: keep the letter, drop the mark.
    const QString decomposed = QString::fromUtf8(utf8).normalized(QString::NormalizationForm_D);
    QByteArray out;
    bool dash = false;
    for (const QChar ch : decomposed) {
        const char16_t c = ch.toLower().unicode();
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            out.append(char(c));
            dash = false;
        } else if (c < 0x80 && !dash && !out.isEmpty()) {
            out.append('-');
            dash = true;
        }
        // Other non-ASCII characters are dropped: a domain name stays ASCII.
    }
    while (out.endsWith('-'))
        out.chop(1);
    return out.isEmpty() ? QByteArray("team") : out;
}

} // namespace sim
} // namespace dbx
