#pragma once

#include <QString>

class Store;

// Fills a database with a few realistic demo patients, nodes and matches (screenshots, demos).
class DemoProfile
{
public:
    // Returns the row id of the patient the screenshots open.
    static qint64 fill(Store& store);
};
