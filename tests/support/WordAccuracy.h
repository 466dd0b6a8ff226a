#pragma once

// Word accuracy of OCR output against the text it was made from: the longest common subsequence
// of the two word sequences over the number of expected words, so a word missed, misread or out
// of order counts against it and an extra word does not. Used by the OCR tests and benchmark.
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <vector>

namespace scrutineer::testing {

inline QStringList wordsOf(const QString& text)
{
    return text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

inline double wordAccuracy(const QStringList& expected, const QStringList& read)
{
    if (expected.isEmpty())
        return read.isEmpty() ? 1.0 : 0.0;
    std::vector<int> previous(std::size_t(read.size()) + 1, 0);
    std::vector<int> current(previous.size(), 0);
    for (const QString& want : expected) {
        for (qsizetype j = 0; j < read.size(); ++j) {
            const auto k = std::size_t(j);
            current[k + 1] = want == read.at(j) ? previous[k] + 1 : std::max(previous[k + 1], current[k]);
        }
        std::swap(previous, current);
    }
    return double(previous.back()) / double(expected.size());
}

// A page of the kind of prose the packs hold, for OCR tests and the benchmark.
inline QStringList scannedMinutesPage()
{
    return {
        QStringLiteral("Minutes of the Children's Services Scrutiny Committee"),
        QStringLiteral("held on Tuesday 14 March 2023 at 6.30 pm in the Council Chamber."),
        QStringLiteral("Present: Councillor Ahmed (Chair), Councillors Brook, Clarke and Dunmore."),
        QStringLiteral("Apologies for absence were received from Councillor Evans."),
        QStringLiteral("14. Fostering Service Annual Report"),
        QStringLiteral("The Head of Service presented the report on recruitment of foster carers."),
        QStringLiteral("Members asked about placement stability and the use of agency staff."),
        QStringLiteral("RESOLVED: That the report be noted and a further update be brought"),
        QStringLiteral("to the meeting in September with figures for each quarter."),
        QStringLiteral("15. Safeguarding Partnership Arrangements"),
        QStringLiteral("The Committee considered the annual review of the local partnership."),
    };
}

} // namespace scrutineer::testing
