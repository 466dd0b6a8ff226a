#include "recommendations/RecommendationFinder.h"

#include "recommendations/RecommendationMakers.h"
#include "recommendations/RecommendationRun.h"

namespace scrutineer::parse {

QString RecommendationFinder::bodyIn(const QString& text, const QStringList& namedBodies)
{
    return makers::bodyIn(text, namedBodies);
}

QList<FoundRecommendation> RecommendationFinder::find(const QList<RecParagraph>& paragraphs, const Context& context,
                                                      QStringList* namedBodies)
{
    RecommendationRun run(context);
    for (int i = 0; i < paragraphs.size(); ++i)
        run.paragraph(paragraphs.at(i), i);
    run.endList();
    if (namedBodies)
        *namedBodies = run.namedBodies;
    return run.out;
}

} // namespace scrutineer::parse
