#pragma once

#include <QStringList>

// The statements of the schema's first steps, kept in SchemaFoundation.cpp; only Schema.cpp's
// migration list calls them. Any thread (they build strings).
namespace scrutineer::schema::steps {

QStringList v1();
QStringList v2();
QStringList v3();

} // namespace scrutineer::schema::steps
