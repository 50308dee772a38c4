// A core file that pulls in a widget: the guard must reject it.
#include <QLineEdit>
#include <QString>
