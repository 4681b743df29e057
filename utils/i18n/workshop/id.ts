/**
 * Bahasa Indonesia for the workshop helpers: the Bantuan menu, the guided tour, presenter mode and
 * "Atur ulang latihan". Kept apart from ../id.ts so the tour's words read as one story; merged into the
 * same i18next resource (keys `help.*`, `tour.*`, `workshop.*`). `en.ts` must have the same keys.
 */
export const workshopId = {
  help: {
    menu: 'Bantuan',
    menuLabel: 'Menu bantuan',
    tourRestart: 'Mulai tur panduan',
    presenterMode: 'Mode presentasi',
    presenterHint: 'Teks dan tombol lebih besar untuk proyektor',
    workshopReset: 'Atur ulang latihan',
  },
  tour: {
    next: 'Lanjut',
    previous: 'Kembali',
    done: 'Selesai',
    close: 'Lewati tur',
    progress: 'Langkah {{current}} dari {{total}}',
    welcomeTitle: 'Selamat datang di Serentak',
    welcomeBody:
      'Tur ini menunjukkan satu putaran kerja: ubah produk, cek kesiapan, terbitkan ke halaman latihan, baca laporannya, lalu perbaiki dan coba lagi. Tombol panah ← → untuk pindah, Esc untuk keluar.',
    editTitle: 'Tambah atau ubah produk',
    editBody: 'Isi nama, harga (misalnya Rp15.000), stok, berat dan foto sekali saja. Produk ini dipakai untuk semua marketplace.',
    addTitle: 'Tambah produk',
    addBody: 'Mulai dari sini bila katalog masih kosong: isi nama, harga (misalnya Rp15.000), stok, berat dan foto.',
    readinessTitle: 'Cek kesiapan',
    readinessBody:
      'Halaman Kesiapan menunjukkan marketplace mana yang siap menerima produk ini, dan apa yang masih kurang (misalnya foto atau berat).',
    publishTitle: 'Terbitkan ke halaman latihan',
    publishBody:
      'Tekan "Terbitkan ke semua": Serentak membuka halaman "Tambah produk" setiap marketplace dan mengisinya. Di workshop, mode latihan membuka halaman latihan, tanpa akun penjual.',
    practiceTitle: 'Halaman latihan',
    practiceBody: 'Menu Latihan membuka halaman seller centre tiruan di dalam ekstensi. Aman dicoba: tidak ada yang terkirim ke marketplace.',
    reportTitle: 'Baca laporannya',
    reportBody:
      'Di halaman marketplace, panel Serentak menulis laporan untuk setiap kolom: terisi, dilewati, atau perlu Anda, dengan alasannya. "Tunjukkan" menyorot kolomnya di halaman.',
    fixTitle: 'Perbaiki lalu coba lagi',
    fixBody:
      'Ada yang kurang? Ubah produknya di katalog (atau tekan "Perbaiki" di Kesiapan), lalu terbitkan lagi. Formulir diisi ulang dengan data yang baru.',
    helpTitle: 'Tur bisa diulang',
    helpBody: 'Menu Bantuan memulai tur ini lagi, menyalakan mode presentasi, dan mengatur ulang latihan untuk peserta berikutnya.',
  },
  workshop: {
    resetTitle: 'Atur ulang latihan?',
    resetBody:
      'Semua produk di katalog, tautan produk di marketplace, dan pengaturan kembali seperti awal. Bahasa dan mode presentasi tetap. Ini tidak bisa diurungkan.',
    backupFirst: 'Simpan cadangan dulu (JSON) bila katalog ini masih Anda perlukan.',
    backup: 'Unduh cadangan dulu',
    backedUp: 'Cadangan "{{file}}" sudah diunduh.',
    confirm: 'Ya, atur ulang',
    done: 'Latihan diatur ulang. Katalog kosong, siap untuk peserta berikutnya.',
  },
};
