<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CashierWindow</name>
    <message numerus="yes">
        <source>Brought back %n unfinished sale(s) of this counter.</source>
        <translation>
            <numerusform>Brought back %n unfinished sale of this counter.</numerusform>
            <numerusform>Brought back %n unfinished sales of this counter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message numerus="yes">
        <source>Unmatched payments ({count})</source>
        <translation>
            <numerusform>Unmatched payments ({count})</numerusform>
            <numerusform>Unmatched payments ({count})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemsPanel</name>
    <message numerus="yes">
        <source>%n items imported.</source>
        <translation>
            <numerusform>%n item imported.</numerusform>
            <numerusform>%n items imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items written to {path}.</source>
        <translation>
            <numerusform>%n item written to {path}.</numerusform>
            <numerusform>%n items written to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>Wrong PIN. %n try left before a lock.</source>
        <translation>
            <numerusform>Wrong PIN. %n try left before a lock.</numerusform>
            <numerusform>Wrong PIN. %n tries left before a lock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before a lock.</source>
        <translation>
            <numerusform>Wrong PIN. %n try left before a lock.</numerusform>
            <numerusform>Wrong PIN. %n tries left before a lock.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReconcileTab</name>
    <message numerus="yes">
        <source>Read {records} network records (%n pages)…</source>
        <translation>
            <numerusform>Read {records} network records (%n page)…</numerusform>
            <numerusform>Read {records} network records (%n pages)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n differences.</source>
        <translation>
            <numerusform>%n difference.</numerusform>
            <numerusform>%n differences.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overpaid payments: {amount} USDC beyond the sales, to refund.</source>
        <translation>
            <numerusform>%n overpaid payment: {amount} USDC beyond the sale, to refund.</numerusform>
            <numerusform>%n overpaid payments: {amount} USDC beyond the sales, to refund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refunds sent; {waiting} waiting for a signature.</source>
        <translation>
            <numerusform>%n refund sent; {waiting} waiting for a signature.</numerusform>
            <numerusform>%n refunds sent; {waiting} waiting for a signature.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaleDetailsDialog</name>
    <message numerus="yes">
        <source>{state} (%n attempt(s))</source>
        <translation>
            <numerusform>{state} (%n attempt)</numerusform>
            <numerusform>{state} (%n attempts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesTab</name>
    <message numerus="yes">
        <source>Exporting sales… {rows} rows</source>
        <translation>
            <numerusform>Exporting sales… {rows} row</numerusform>
            <numerusform>Exporting sales… {rows} rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported {rows} sales to {path}</source>
        <translation>
            <numerusform>Exported {rows} sale to {path}</numerusform>
            <numerusform>Exported {rows} sales to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {loaded} sales (scroll for more)</source>
        <translation>
            <numerusform>Showing {loaded} sale (scroll for more)</numerusform>
            <numerusform>Showing {loaded} sales (scroll for more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {loaded} sales</source>
        <translation>
            <numerusform>Showing {loaded} sale</numerusform>
            <numerusform>Showing {loaded} sales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {loaded} of {total} sales</source>
        <translation>
            <numerusform>Showing {loaded} of {total} sale</numerusform>
            <numerusform>Showing {loaded} of {total} sales</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TotalsBar</name>
    <message numerus="yes">
        <source>{unpaid} not (yet) paid</source>
        <translation>
            <numerusform>{unpaid} not (yet) paid</numerusform>
            <numerusform>{unpaid} not (yet) paid</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message numerus="yes">
        <source>{state} · %n wrong PIN(s)</source>
        <translation>
            <numerusform>{state} · %n wrong PIN</numerusform>
            <numerusform>{state} · %n wrong PINs</numerusform>
        </translation>
    </message>
</context>
</TS>
