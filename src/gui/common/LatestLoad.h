#pragma once

#include "common/BackgroundQuery.h"

#include <QObject>

namespace scrutineer::gui {

// A view's loads off the GUI thread (queryInBackground, each with its own Database connection):
// only the newest load's result is handed back; one started while another runs supersedes it.
// A child of the view; start loads on the GUI thread, results arrive on it.
class LatestLoad final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LatestLoad)

public:
    explicit LatestLoad(QObject* parent) : QObject(parent) {}

    template <typename T>
    void start(const QString& databasePath, std::function<T(Database&)> query, std::function<void(const Loaded<T>&)> done)
    {
        const int generation = ++m_generation;
        queryInBackground<T>(this, databasePath, std::move(query),
                             [this, generation, done = std::move(done)](const Loaded<T>& result) {
                                 if (generation == m_generation)
                                     done(result);
                             });
    }

private:
    int m_generation = 0;
};

} // namespace scrutineer::gui
