#pragma once

#include <QCollator>
#include <QString>
#include <QStringView>

namespace scrutineer {

// Orders text as a reader expects: runs of digits by their value ("2" before "10", "1.1.2"
// before "1.1.10", "Minute 9" before "Minute 12"), the words between them ignoring case in the
// user's collation. QCollator's numeric mode alone does not do this: it is ignored in the C
// locale (LANG=C, C.UTF-8), where a collator compares code points. Reentrant: one instance per
// thread.
class NaturalOrder final {
public:
    NaturalOrder();

    // Negative, zero or positive as a sorts before, with or after b.
    int compare(QStringView a, QStringView b) const;
    bool operator()(const QString& a, const QString& b) const { return compare(a, b) < 0; }

private:
    QCollator m_collator;
};

} // namespace scrutineer
