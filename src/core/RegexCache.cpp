#include "RegexCache.h"

#include <QHash>

namespace scrutineer {
namespace {

struct Key {
    QString pattern;
    int options = 0;
    bool operator==(const Key& other) const = default;
};

size_t qHash(const Key& key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.pattern, key.options);
}

} // namespace

QRegularExpression RegexCache::get(const QString& pattern, QRegularExpression::PatternOptions options)
{
    thread_local QHash<Key, QRegularExpression> cache;
    Key key {pattern, int(options.toInt())};
    const auto found = cache.constFind(key);
    if (found != cache.constEnd())
        return found.value();
    if (cache.size() >= kCapacity)
        cache.clear();
    QRegularExpression re(pattern, options);
    re.optimize(); // compile now, so the copies handed out share the compiled code
    cache.emplace(std::move(key), re);
    return re;
}

} // namespace scrutineer
