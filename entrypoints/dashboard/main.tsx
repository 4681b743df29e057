/**
 * The dashboard's boot, kept tiny on purpose: it starts reading the newest products with bare
 * IndexedDB, then loads the app (React, Dexie, zod: most of the page's script). The read and the
 * script's parsing overlap, so with 10,000 products the first rows are drawn in the first render.
 */
import '../../components/ui/theme.css';
import { readNewestRecords } from '../../utils/catalogue/first-screen';
import './style.css';

const firstScreen = readNewestRecords();
void import('./start').then(({ start }) => start(firstScreen));
