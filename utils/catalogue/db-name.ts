/** The catalogue database's name, on its own so code that must stay tiny (the dashboard's boot) need not load Dexie. */
export const DB_NAME = 'serentak';
