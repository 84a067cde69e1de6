// The small team the end-to-end plan tests share: six seniors and eight experienced agents (the workflow test uses
// them as they are; the plan test adds two new hires).
export const CORE_TEAM = `id,name,seniority,available_from,available_to,max_days_per_week,max_hours_per_week,weekends,on_call,hourly_cost
s1,Sanna,senior,,,5,40,yes,yes,32
s2,Sven,senior,,,5,40,yes,yes,31
s3,Siiri,senior,,,5,40,yes,yes,33
s4,Saku,senior,,,5,40,yes,yes,32
s5,Selma,senior,,,5,40,yes,yes,34
s6,Stina,senior,,,5,40,yes,yes,33
e1,Eero,experienced,,,5,40,yes,yes,27
e2,Elsa,experienced,,,5,40,yes,yes,26
e3,Emil,experienced,,,5,40,no,yes,27
e4,Enni,experienced,,,5,40,yes,yes,28
e5,Erik,experienced,,,5,40,yes,no,26
e6,Ella,experienced,,,5,40,yes,yes,27
e7,Elias,experienced,,,5,40,yes,yes,27
e8,Eveliina,experienced,,,5,40,yes,yes,26
`;
