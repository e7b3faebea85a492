/**
 * Swedish consumer price index (KPI), fixed figures ("fastställda tal"), base 1980 = 100, yearly
 * averages ("årsmedel"). Source: Statistics Sweden (SCB), table "Konsumentprisindex (1980=100),
 * fastställda tal",
 * https://www.scb.se/hitta-statistik/statistik-efter-amne/priser-och-konsumtion/konsumentprisindex/konsumentprisindex-kpi/pong/tabell-och-diagram/konsumentprisindex-kpi/kpi-faststallda-tal-1980100/
 * Copied as published. To add a year when SCB publishes it, add one line "year,value" at the end.
 * For municipal services SKR's "prisindex för kommunal verksamhet" (PKV) is often preferred: the
 * functions take any index series the user gives in its place.
 */
export const KPI_1980_100_CSV = `
year,kpi
2006,284.22
2007,290.51
2008,300.61
2009,299.66
2010,303.46
2011,311.43
2012,314.20
2013,314.06
2014,313.49
2015,313.35
2016,316.43
2017,322.11
2018,328.40
2019,334.26
2020,335.92
2021,343.19
2022,371.91
2023,403.70
`;
