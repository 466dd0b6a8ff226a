#pragma once

#include "ImportBundle.h"

// What reading pages by OCR means for an import: a note saying which pages were read so (or
// had no text at all), and facts from those pages marked "ocr" (agenda items, resolutions,
// actions) and, where a fact carries a confidence (actions, indicators, readings), that
// confidence multiplied by the page's. Works on the bundle alone. Stateless; any thread.
namespace scrutineer::ocr {

inline const QString kOcrFlag = QStringLiteral("ocr");

// Prepends the notes about pages without a text layer to bundle.warnings.
void addNotes(ImportBundle& bundle);
// Flags the facts read from pages whose text came from OCR.
void markFacts(ImportBundle& bundle);
// "2, 3" or "7–15, 18": page numbers with runs of three or more joined.
QString pageList(const QList<int>& pages);

} // namespace scrutineer::ocr
