// A core file that only uses QtCore: the guard must accept it.
#include <QString>
#include <QtCore/QDate>
