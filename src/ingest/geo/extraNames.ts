/**
 * Everyday English names and short forms of countries that the country data package does not
 * list (it has "United States" and "USA", not "U.S." or "America"). General knowledge only.
 */
export const EXTRA_COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  US: ['U.S.', 'US', 'U.S.A.', 'USA', 'America', 'United States'],
  GB: ['U.K.', 'UK', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales'],
  RU: ['Russia'],
  KR: ['South Korea'],
  KP: ['North Korea'],
  TW: ['Taiwan'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  CD: [
    'DRC',
    'DR Congo',
    'D.R. Congo',
    'Democratic Republic of the Congo',
    'Democratic Republic of Congo',
  ],
  CZ: ['Czech Republic', 'Czechia'],
  TR: ['Turkey', 'Türkiye'],
  NL: ['Netherlands', 'Holland'],
  PS: ['Gaza', 'West Bank', 'Palestine'],
  VA: ['Vatican', 'Holy See'],
};

export const EXTRA_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  US: ['American', 'Americans'],
  GB: ['British', 'English', 'Scottish', 'Welsh'],
  KR: ['South Korean', 'South Koreans'],
  KP: ['North Korean', 'North Koreans'],
  AE: ['Emirati', 'Emiratis'],
  CD: ['Congolese'],
  TR: ['Turkish', 'Turks'],
  PS: ['Palestinian', 'Palestinians'],
};

/** Seats of government that the news uses for the government itself ("the Kremlin said"). */
export const GOVERNMENT_SEATS: Readonly<Record<string, readonly string[]>> = {
  RU: ['Kremlin'],
  US: ['White House', 'Pentagon', 'State Department'],
  GB: ['Downing Street', 'Whitehall'],
  FR: ['Élysée', 'Elysee', 'Élysée Palace', 'Elysee Palace', "Quai d'Orsay"],
  CN: ['Zhongnanhai'],
  VA: ['Vatican'],
  IL: ['Knesset'],
};

/** Capitals whose name in the data has a suffix that the news leaves out, or a second name. */
export const CAPITAL_SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  US: ['Washington', 'Washington, D.C.', 'Washington D.C.'],
  NL: ['The Hague'],
};
