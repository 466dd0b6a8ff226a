#pragma once

#include "Database.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QtConcurrent>

#include <functional>

namespace scrutineer::gui {

// A read that runs on a worker thread with its own Database connection (Qt's rule: one
// connection per thread) and hands its result back on the GUI thread, to `context` only while
// it lives (the watcher is its child). A failed open gives the reason in `error`.
template <typename T>
struct Loaded {
    T value{};
    QString error;
};

template <typename T>
void queryInBackground(QObject* context, const QString& databasePath, std::function<T(Database&)> query,
                       std::function<void(const Loaded<T>&)> done)
{
    auto* watcher = new QFutureWatcher<Loaded<T>>(context);
    QObject::connect(watcher, &QFutureWatcher<Loaded<T>>::finished, context, [watcher, done = std::move(done)] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([databasePath, query = std::move(query)] {
        Loaded<T> loaded;
        auto opened = Database::open(databasePath);
        if (!opened) {
            loaded.error = opened.error().describe();
            return loaded;
        }
        loaded.value = query(*opened.value());
        return loaded;
    }));
}

} // namespace scrutineer::gui
