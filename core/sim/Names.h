#pragma once
// Name material for the generated team: people from several cultures (accents, ł, ß, CJK
// scripts) so that every layer meets real-world Unicode, and group names in the same spirit.

#include <QByteArray>
#include <QRandomGenerator>

namespace dbx {
namespace sim {

struct Person {
    QByteArray givenName; // UTF-8
    QByteArray surname;
    QByteArray asciiGiven; // for the email's local part
    QByteArray asciiSurname;
    bool surnameFirst = false; // display order in the person's own script
};

Person randomPerson(QRandomGenerator &rng);
QByteArray randomGroupBaseName(QRandomGenerator &rng);
QByteArray randomTeamName(QRandomGenerator &rng);
// "Zoë Müller" -> "zoë-müller" -> for domains "zoe-mueller"-like ASCII slug.
QByteArray asciiSlug(const QByteArray &utf8);

} // namespace sim
} // namespace dbx
