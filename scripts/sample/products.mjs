// The workshop sample catalogue as data: typical UMKM products in Bahasa Indonesia, with realistic
// prices, packed weights, box sizes and the seller's own category words. `photos` are drawing specs for
// scripts/sample/draw.js (turned into JPEG data URLs by make-sample-catalogue.mjs), cover first.
// Names are ≥ 25 characters (TikTok/Tokopedia's [seen] minimum); variant names ≤ 14 and values ≤ 20
// (Shopee's); no phone numbers, links or marketplace names (the policy lint blocks those).

const warm = ['#fff4e0', '#ffe2c2'];
const green = ['#eef7e8', '#d8ecd0'];
const cream = ['#fbf6ec', '#efe4cf'];
const blue = ['#eaf2fb', '#d3e3f5'];

/** @type {Array<Record<string, any>>} */
export const PRODUCTS = [
  {
    sku: 'KRP-BLD-250',
    name: 'Keripik Singkong Balado Pedas Manis 250 g',
    description:
      'Keripik singkong renyah dari singkong pilihan, dibumbui balado pedas manis.\n' +
      'Tanpa pengawet dan tanpa MSG, digoreng setiap hari.\n\n' +
      'Berat bersih 250 g. Simpan di tempat kering, tutup rapat setelah dibuka.',
    price: 18000,
    stock: 120,
    weightGrams: 280,
    condition: 'new',
    brand: 'Dapur Bunda',
    category: 'Keripik singkong',
    dimensionsCm: { length: 22, width: 15, height: 6 },
    minOrder: 1,
    variants: {
      options: [{ name: 'Rasa', values: ['Balado', 'Original', 'Keju'] }],
      items: [
        { sku: 'KRP-BLD-250-BLD', options: { Rasa: 'Balado' }, price: 18000, stock: 60 },
        { sku: 'KRP-BLD-250-ORI', options: { Rasa: 'Original' }, price: 17000, stock: 35 },
        { sku: 'KRP-BLD-250-KJU', options: { Rasa: 'Keju' }, price: 19000, stock: 25 },
      ],
    },
    photos: [
      { draw: 'pouch', bg: warm, color: '#d2452b', label: '#fff3d6', ink: '#7a1f10', brand: 'Dapur Bunda', title: 'KERIPIK BALADO', sub: 'Singkong · 250 g', fill: ['#e8782c', '#f0a03a', '#c9531f'] },
      { draw: 'bowl', bg: warm, cloth: '#e9c79a', bowl: '#b5532f', fill: ['#e8782c', '#f0a03a', '#d96a25'], kind: 'chip', tag: 'Pedas manis' },
      { draw: 'card', bg: warm, accent: '#d2452b', title: 'Pilihan rasa', lines: ['Balado pedas manis', 'Original gurih', 'Keju', 'Tanpa pengawet', 'Berat bersih 250 g'] },
    ],
  },
  {
    sku: 'SBL-ROA-200',
    name: 'Sambal Roa Asap Khas Manado Botol Kaca 200 g',
    description:
      'Sambal ikan roa asap dengan cabai dan bawang, dimasak sampai harum.\n' +
      'Pedas gurih, cocok untuk nasi hangat, ubi rebus atau gorengan.\n\n' +
      'Isi 200 g dalam botol kaca. Simpan di kulkas setelah dibuka, tahan 1 bulan.\n' +
      'Dikemas dengan bubble wrap berlapis.',
    price: 45000,
    stock: 40,
    weightGrams: 450,
    condition: 'new',
    brand: 'Dapur Oma',
    category: 'Sambal',
    dimensionsCm: { length: 10, width: 10, height: 13 },
    minOrder: 1,
    photos: [
      { draw: 'jar', bg: warm, fill: '#a8321f', lid: '#3a3a3a', label: '#fff8e7', ink: '#6b1c10', brand: 'Dapur Oma', title: 'SAMBAL ROA', sub: 'Asap · 200 g', chili: true },
      { draw: 'card', bg: warm, accent: '#a8321f', title: 'Sambal Roa Asap', lines: ['Ikan roa asap asli', 'Pedas gurih', 'Botol kaca 200 g', 'Dikemas bubble wrap'] },
    ],
  },
  {
    sku: 'KOP-GAYO-1KG',
    name: 'Kopi Arabika Gayo Biji Sangrai Medium 1 kg',
    description:
      'Kopi arabika dari dataran tinggi Gayo, Aceh, disangrai medium di rumah sangrai kami.\n' +
      'Rasa cokelat dan rempah, keasaman lembut.\n\n' +
      'Kemasan 1 kg berkatup satu arah. Dikirim dalam bentuk biji; bisa digiling sesuai permintaan.\n' +
      'Cocok untuk kantor, kafe dan jamuan rapat.',
    price: 265000,
    stock: 30,
    weightGrams: 1050,
    condition: 'new',
    brand: 'Kopi Kita',
    category: 'Kopi biji',
    dimensionsCm: { length: 30, width: 18, height: 10 },
    minOrder: 1,
    // Ready for e-Katalog: unit, KBKI (CPC 23911, coffee roasted), TKDN, PDN and PPN answered.
    ekatalog: { unit: 'kg', kbki: '23911', tkdn: 82.5, pdn: true, ppn: true, sni: '' },
    photos: [
      { draw: 'pouch', bg: cream, color: '#5b3a24', label: '#f3e6cf', ink: '#3b2414', brand: 'Kopi Kita', title: 'ARABIKA GAYO', sub: 'Biji sangrai · 1 kg', fill: ['#4a2c17', '#6b3f22', '#3a2010'], kind: 'bean' },
      { draw: 'bowl', bg: cream, cloth: '#c9a27a', cup: '#f8f8f8', fill: ['#4a2c17', '#6b3f22'] },
      { draw: 'card', bg: cream, accent: '#5b3a24', title: 'Arabika Gayo', lines: ['Sangrai medium', 'Cokelat & rempah', 'Kemasan 1 kg', 'Produk dalam negeri', 'TKDN 82,5%'] },
    ],
  },
  {
    sku: 'BTK-PRG',
    name: 'Kemeja Batik Pria Pekalongan Motif Parang Lengan Pendek',
    description:
      'Kemeja batik cap motif parang dari Pekalongan, kain katun primisima yang adem.\n' +
      'Lengan pendek, kancing depan, saku dada. Cocok untuk kerja dan kondangan.\n\n' +
      'Ukuran (lebar dada × panjang): M 52 × 72 cm, L 55 × 74 cm, XL 58 × 76 cm.\n' +
      'Cuci dengan tangan, jangan diperas kuat, jemur di tempat teduh.',
    price: 145000,
    stock: 34,
    weightGrams: 300,
    condition: 'new',
    brand: 'Batik Sekar Jagad',
    category: 'Kemeja batik pria',
    dimensionsCm: { length: 30, width: 25, height: 4 },
    minOrder: 1,
    variants: {
      options: [
        { name: 'Warna', values: ['Biru Indigo', 'Cokelat Sogan'] },
        { name: 'Ukuran', values: ['M', 'L', 'XL'] },
      ],
      items: [
        { sku: 'BTK-PRG-BIR-M', options: { Warna: 'Biru Indigo', Ukuran: 'M' }, price: 145000, stock: 6 },
        { sku: 'BTK-PRG-BIR-L', options: { Warna: 'Biru Indigo', Ukuran: 'L' }, price: 145000, stock: 8 },
        { sku: 'BTK-PRG-BIR-XL', options: { Warna: 'Biru Indigo', Ukuran: 'XL' }, price: 155000, stock: 4 },
        { sku: 'BTK-PRG-CKL-M', options: { Warna: 'Cokelat Sogan', Ukuran: 'M' }, price: 145000, stock: 5 },
        { sku: 'BTK-PRG-CKL-L', options: { Warna: 'Cokelat Sogan', Ukuran: 'L' }, price: 145000, stock: 7 },
        { sku: 'BTK-PRG-CKL-XL', options: { Warna: 'Cokelat Sogan', Ukuran: 'XL' }, price: 155000, stock: 4 },
      ],
    },
    photos: [
      { draw: 'shirt', bg: blue, base: '#1f3f78', ink: '#e9dcc0', motif: 'parang', tag: 'Biru Indigo' },
      { draw: 'shirt', bg: cream, base: '#7a4a22', ink: '#f1dfbd', motif: 'parang', tag: 'Cokelat Sogan' },
      { draw: 'cloth', base: '#1f3f78', ink: '#e9dcc0', motif: 'parang', tag: 'Motif parang' },
    ],
  },
  {
    sku: 'TAS-PDN-01',
    name: 'Tas Anyaman Pandan Tasikmalaya Motif Kawung 30 × 20 cm',
    description:
      'Tas jinjing anyaman pandan buatan tangan pengrajin Tasikmalaya, dengan pita kain motif kawung.\n' +
      'Bagian dalam berlapis kain dan ritsleting, cukup untuk dompet, ponsel dan payung lipat.\n\n' +
      'Ukuran 30 × 20 × 10 cm, tinggi pegangan 18 cm.\n' +
      'Karena buatan tangan, warna dan anyaman bisa sedikit berbeda.',
    price: 95000,
    stock: 12,
    weightGrams: 400,
    condition: 'new',
    category: 'Tas anyaman',
    dimensionsCm: { length: 32, width: 12, height: 22 },
    minOrder: 1,
    photos: [
      { draw: 'basket', bg: green, light: '#e9d39a', mid: '#d7b56a', dark: '#9c7a3c', band: ['#3d5a80', '#f1e3c3'] },
      { draw: 'basket', bg: cream, light: '#e9d39a', mid: '#d7b56a', dark: '#9c7a3c', tag: 'Buatan tangan' },
      { draw: 'card', bg: green, accent: '#8a6a2e', title: 'Tas Anyaman Pandan', lines: ['Pandan asli Tasikmalaya', 'Ukuran 30 × 20 × 10 cm', 'Berlapis kain', 'Ritsleting di dalam'] },
    ],
  },
  {
    sku: 'KRJ-RTN-SET3',
    name: 'Keranjang Anyaman Rotan Serbaguna Set 3 Ukuran',
    description:
      'Tiga keranjang rotan bertumpuk (besar, sedang, kecil) anyaman pengrajin Cirebon.\n' +
      'Untuk buah, roti, handuk atau mainan anak. Kuat dan ringan.\n\n' +
      'Diameter 30, 25 dan 20 cm; tinggi 14, 12 dan 10 cm.',
    price: 175000,
    stock: 8,
    weightGrams: 1200,
    condition: 'new',
    category: 'Keranjang rotan',
    dimensionsCm: { length: 32, width: 32, height: 16 },
    minOrder: 1,
    photos: [
      { draw: 'basket', set: true, bg: warm, light: '#d9a86b', mid: '#c08a4c', dark: '#7e5528', tag: 'Set 3 ukuran' },
      { draw: 'card', bg: warm, accent: '#7e5528', title: 'Set 3 keranjang', lines: ['Besar: Ø 30 cm', 'Sedang: Ø 25 cm', 'Kecil: Ø 20 cm', 'Rotan asli Cirebon'] },
    ],
  },
  {
    sku: 'SBN-SRH-100',
    name: 'Sabun Mandi Sereh Wangi Alami Buatan Tangan 100 g',
    description:
      'Sabun batang dari minyak kelapa dan minyak sereh wangi, dibuat dengan proses dingin.\n' +
      'Busa lembut, wangi segar, tidak membuat kulit kering.\n\n' +
      'Berat 100 g. Simpan di tempat sabun yang kering agar awet.',
    price: 25000,
    stock: 75,
    weightGrams: 120,
    condition: 'new',
    brand: 'Rumah Sereh',
    category: 'Sabun mandi',
    dimensionsCm: { length: 9, width: 6, height: 3 },
    minOrder: 1,
    photos: [
      { draw: 'soap', bg: green, wrap: '#5d8f4e', label: '#f6f1e2', ink: '#2f5424', brand: 'Rumah Sereh', title: 'SEREH WANGI', sub: 'Sabun alami 100 g', bar: '#e9dca0', stamp: 'SEREH' },
      { draw: 'card', bg: green, accent: '#4f8a3e', title: 'Sabun Sereh Wangi', lines: ['Minyak kelapa', 'Minyak sereh wangi', 'Proses dingin', 'Berat 100 g'] },
    ],
  },
  {
    sku: 'LLR-BKG-200',
    name: 'Lulur Mandi Tradisional Bengkoang Beras 200 g',
    description:
      'Lulur mandi dari tepung beras, bengkoang dan kunyit, resep turun-temurun.\n' +
      'Oleskan pada kulit basah, diamkan sebentar, gosok perlahan lalu bilas.\n\n' +
      'Isi 200 g dalam toples. Hanya untuk pemakaian luar.',
    price: 35000,
    stock: 50,
    weightGrams: 260,
    condition: 'new',
    brand: 'Sari Ayu Desa',
    category: 'Lulur mandi',
    dimensionsCm: { length: 9, width: 9, height: 8 },
    minOrder: 1,
    photos: [
      { draw: 'jar', wide: true, bg: warm, fill: '#f1d9a8', lid: '#c79a3c', label: '#ffffff', ink: '#8a5a12', brand: 'Sari Ayu Desa', title: 'LULUR', sub: 'Bengkoang & beras · 200 g' },
      { draw: 'card', bg: warm, accent: '#c79a3c', title: 'Cara pakai', lines: ['Oleskan di kulit basah', 'Diamkan 5 menit', 'Gosok perlahan', 'Bilas dengan air'] },
    ],
  },
  {
    sku: 'HP-A14-BKS',
    name: 'HP Android Bekas Samsung Galaxy A14 4/64 GB Mulus',
    description:
      'Ponsel bekas pemakaian pribadi, kondisi mulus 90%, tidak ada retak.\n' +
      'RAM 4 GB, memori 64 GB, baterai masih awet seharian.\n\n' +
      'Kelengkapan: ponsel, dus, kabel data. Sudah direset ke setelan pabrik.\n' +
      'Garansi toko 7 hari untuk mesin.',
    price: 1250000,
    stock: 1,
    weightGrams: 450,
    condition: 'used',
    brand: 'Samsung',
    category: 'Handphone',
    dimensionsCm: { length: 18, width: 10, height: 7 },
    minOrder: 1,
    photos: [
      { draw: 'phone', bg: blue, body: '#2b2f36', screen: ['#3a7bd5', '#6ad0c7'], tag: 'Bekas · 90%' },
      { draw: 'phone', bg: blue, body: '#2b2f36', side: 'back' },
      { draw: 'card', bg: blue, accent: '#2f5f9e', title: 'Kondisi & kelengkapan', lines: ['Mulus 90%, tanpa retak', 'RAM 4 GB · 64 GB', 'Dus dan kabel data', 'Garansi toko 7 hari'] },
    ],
  },
  {
    sku: 'MDU-SBW-500',
    name: 'Madu Hutan Sumbawa Asli Botol 500 ml',
    description:
      'Madu hutan dari lebah liar hutan Sumbawa, dipanen peternak setempat.\n' +
      'Tanpa campuran gula. Madu asli bisa mengkristal di suhu dingin; itu wajar.\n\n' +
      'Isi 500 ml dalam botol plastik tebal, dikemas kardus dan bubble wrap.',
    price: 120000,
    stock: 25,
    weightGrams: 800,
    condition: 'new',
    brand: 'Lebah Sumbawa',
    category: 'Madu',
    dimensionsCm: { length: 10, width: 10, height: 20 },
    minOrder: 1,
    photos: [
      { draw: 'bottle', bg: warm, fill: '#c77c12', cap: '#5a3b12', label: '#fff7e0', ink: '#6b4208', brand: 'Lebah Sumbawa', title: 'MADU HUTAN', sub: 'Asli · 500 ml', comb: true },
      { draw: 'card', bg: warm, accent: '#c77c12', title: 'Madu Hutan Sumbawa', lines: ['Dari lebah liar', 'Tanpa campuran gula', 'Isi 500 ml', 'Dikemas kardus'] },
    ],
  },
  {
    sku: 'KUE-NST-500',
    name: 'Kue Kering Nastar Nanas Premium Toples 500 g',
    description:
      'Nastar lembut dengan selai nanas buatan sendiri, memakai mentega asli.\n' +
      'Dipanggang sesuai pesanan (pre-order), dikirim 7 hari setelah pesan.\n\n' +
      'Isi 500 g (sekitar 55 butir) dalam toples bulat, dikemas kardus dan bubble wrap.',
    price: 95000,
    stock: 20,
    weightGrams: 750,
    condition: 'new',
    brand: 'Dapur Bunda',
    category: 'Kue kering',
    dimensionsCm: { length: 18, width: 18, height: 14 },
    minOrder: 1,
    // Shopee takes a pre-order of 7–90 days only (its form refuses 3): a week to bake and pack
    preorderDays: 7,
    photos: [
      { draw: 'jar', wide: true, bg: cream, fill: '#fff5e0', balls: '#f0b94a', lid: '#b8322a', label: '#ffffff', ink: '#8a2a1f', brand: 'Dapur Bunda', title: 'NASTAR', sub: 'Nanas · 500 g' },
      { draw: 'card', bg: cream, accent: '#b8322a', title: 'Nastar Nanas', lines: ['Selai nanas sendiri', 'Mentega asli', 'Sekitar 55 butir', 'Dikirim 7 hari setelah pesan'] },
    ],
  },
];
