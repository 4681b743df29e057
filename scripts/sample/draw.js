// Browser-side drawings for the workshop sample catalogue (scripts/sample/make-sample-catalogue.mjs
// loads this into a blank page in headless Chromium). Each drawing is flat, simple and made by us:
// a packet, a jar, a shirt… on a soft background, so the photos are small JPEGs and no one else's
// picture ships in the extension. `window.drawPhoto(canvas, spec)` draws one photo from plain data.
/* eslint-disable */
(() => {
  const FONT = '"DejaVu Sans", "Liberation Sans", Arial, sans-serif';

  function rounded(ctx, x, y, w, h, r) {
    ctx.beginPath();
    ctx.moveTo(x + r, y);
    ctx.arcTo(x + w, y, x + w, y + h, r);
    ctx.arcTo(x + w, y + h, x, y + h, r);
    ctx.arcTo(x, y + h, x, y, r);
    ctx.arcTo(x, y, x + w, y, r);
    ctx.closePath();
  }

  function background(ctx, s, top, bottom) {
    const g = ctx.createLinearGradient(0, 0, 0, s);
    g.addColorStop(0, top);
    g.addColorStop(1, bottom);
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, s, s);
  }

  function shadow(ctx, cx, cy, rx, ry) {
    ctx.save();
    ctx.fillStyle = 'rgba(0,0,0,0.13)';
    ctx.beginPath();
    ctx.ellipse(cx, cy, rx, ry, 0, 0, Math.PI * 2);
    ctx.fill();
    ctx.restore();
  }

  function text(ctx, str, x, y, size, color, weight = 'bold', align = 'center') {
    ctx.fillStyle = color;
    ctx.font = `${weight} ${size}px ${FONT}`;
    ctx.textAlign = align;
    ctx.textBaseline = 'middle';
    ctx.fillText(str, x, y);
  }

  /** Text shrunk until it fits `maxWidth`. */
  function fitText(ctx, str, x, y, size, color, maxWidth, weight = 'bold') {
    let px = size;
    ctx.font = `${weight} ${px}px ${FONT}`;
    while (ctx.measureText(str).width > maxWidth && px > 8) ctx.font = `${weight} ${--px}px ${FONT}`;
    text(ctx, str, x, y, px, color, weight);
  }

  /** A stand-up pouch with a window showing what is inside (keripik, kopi). */
  function pouch(ctx, s, p) {
    background(ctx, s, p.bg[0], p.bg[1]);
    shadow(ctx, s / 2, s * 0.86, s * 0.27, s * 0.035);
    const x = s * 0.25, y = s * 0.14, w = s * 0.5, h = s * 0.72;
    ctx.fillStyle = p.color;
    ctx.beginPath();
    ctx.moveTo(x + s * 0.02, y);
    ctx.lineTo(x + w - s * 0.02, y);
    ctx.lineTo(x + w, y + h);
    ctx.quadraticCurveTo(s / 2, y + h + s * 0.03, x, y + h);
    ctx.closePath();
    ctx.fill();
    // zip seal and tear notches
    ctx.fillStyle = 'rgba(255,255,255,0.35)';
    ctx.fillRect(x + s * 0.02, y + s * 0.045, w - s * 0.04, s * 0.012);
    // label band
    ctx.fillStyle = p.label;
    rounded(ctx, x + s * 0.04, y + s * 0.09, w - s * 0.08, s * 0.17, s * 0.02);
    ctx.fill();
    fitText(ctx, p.brand, s / 2, y + s * 0.135, s * 0.036, p.color, w - s * 0.12, 'normal');
    fitText(ctx, p.title, s / 2, y + s * 0.195, s * 0.06, p.ink, w - s * 0.12);
    // window with the contents
    ctx.save();
    ctx.beginPath();
    ctx.ellipse(s / 2, y + s * 0.44, w * 0.34, s * 0.13, 0, 0, Math.PI * 2);
    ctx.fillStyle = 'rgba(255,255,255,0.85)';
    ctx.fill();
    ctx.clip();
    crumbs(ctx, s / 2, y + s * 0.44, w * 0.34, s * 0.13, p.fill, p.kind);
    ctx.restore();
    fitText(ctx, p.sub, s / 2, y + s * 0.63, s * 0.04, '#fff', w - s * 0.1);
  }

  /** Deterministic pseudo-random numbers, so a run draws the same picture every time. */
  function rng(seed) {
    let t = seed >>> 0;
    return () => {
      t = (t + 0x6d2b79f5) >>> 0;
      let r = Math.imul(t ^ (t >>> 15), 1 | t);
      r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
      return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
    };
  }

  /** Chips, beans or balls scattered inside an ellipse. */
  function crumbs(ctx, cx, cy, rx, ry, colors, kind, count = 70) {
    const rand = rng(7);
    for (let i = 0; i < count; i++) {
      const a = rand() * Math.PI * 2, d = Math.sqrt(rand());
      const x = cx + Math.cos(a) * rx * d, y = cy + Math.sin(a) * ry * d;
      ctx.fillStyle = colors[i % colors.length];
      ctx.beginPath();
      if (kind === 'bean') {
        ctx.ellipse(x, y, rx * 0.09, rx * 0.06, rand() * Math.PI, 0, Math.PI * 2);
        ctx.fill();
        ctx.strokeStyle = 'rgba(0,0,0,0.35)';
        ctx.lineWidth = 1.5;
        ctx.beginPath();
        ctx.moveTo(x - rx * 0.05, y);
        ctx.lineTo(x + rx * 0.05, y);
        ctx.stroke();
      } else {
        ctx.ellipse(x, y, rx * 0.16, rx * 0.09, rand() * Math.PI, 0, Math.PI * 2);
        ctx.fill();
      }
    }
  }

  /** A glass jar or toples with a lid and a label (sambal, madu, nastar). */
  function jar(ctx, s, p) {
    background(ctx, s, p.bg[0], p.bg[1]);
    const wide = p.wide ? 0.6 : 0.44;
    const x = s * (0.5 - wide / 2), y = s * 0.3, w = s * wide, h = s * 0.52;
    shadow(ctx, s / 2, y + h + s * 0.01, w * 0.6, s * 0.035);
    // body and contents
    ctx.fillStyle = 'rgba(255,255,255,0.55)';
    rounded(ctx, x, y, w, h, s * 0.06);
    ctx.fill();
    ctx.fillStyle = p.fill;
    rounded(ctx, x + s * 0.015, y + s * 0.06, w - s * 0.03, h - s * 0.075, s * 0.05);
    ctx.fill();
    if (p.balls) {
      ctx.save();
      rounded(ctx, x + s * 0.015, y + s * 0.06, w - s * 0.03, h - s * 0.075, s * 0.05);
      ctx.clip();
      const r = s * 0.045;
      for (let row = 0; row < 6; row++)
        for (let col = 0; col < 7; col++) {
          const bx = x + s * 0.03 + col * r * 1.9 + (row % 2) * r, by = y + h - s * 0.04 - row * r * 1.7;
          ctx.fillStyle = p.balls;
          ctx.beginPath();
          ctx.arc(bx, by, r, 0, Math.PI * 2);
          ctx.fill();
          ctx.fillStyle = '#8a4b14';
          ctx.beginPath();
          ctx.arc(bx, by - r * 0.3, r * 0.32, 0, Math.PI * 2);
          ctx.fill();
        }
      ctx.restore();
    }
    // shine
    ctx.fillStyle = 'rgba(255,255,255,0.35)';
    rounded(ctx, x + s * 0.035, y + s * 0.09, s * 0.03, h - s * 0.16, s * 0.015);
    ctx.fill();
    // lid
    ctx.fillStyle = p.lid;
    rounded(ctx, x - s * 0.01, y - s * 0.07, w + s * 0.02, s * 0.09, s * 0.02);
    ctx.fill();
    ctx.fillStyle = 'rgba(255,255,255,0.18)';
    for (let i = 1; i < 9; i++) ctx.fillRect(x + (w * i) / 9, y - s * 0.065, s * 0.006, s * 0.08);
    // label
    const ly = y + h * (p.balls ? 0.12 : 0.3), lh = h * 0.36;
    ctx.fillStyle = p.label;
    rounded(ctx, x + s * 0.03, ly, w - s * 0.06, lh, s * 0.02);
    ctx.fill();
    fitText(ctx, p.brand, s / 2, ly + lh * 0.22, s * 0.032, p.ink, w - s * 0.1, 'normal');
    fitText(ctx, p.title, s / 2, ly + lh * 0.52, s * 0.062, p.ink, w - s * 0.1);
    fitText(ctx, p.sub, s / 2, ly + lh * 0.8, s * 0.03, p.ink, w - s * 0.1, 'normal');
    if (p.chili) chili(ctx, x + w + s * 0.02, y + h - s * 0.02, s);
  }

  function chili(ctx, x, y, s) {
    ctx.save();
    ctx.translate(x, y);
    ctx.rotate(-0.5);
    ctx.fillStyle = '#d62d20';
    ctx.beginPath();
    ctx.moveTo(0, 0);
    ctx.quadraticCurveTo(s * 0.12, -s * 0.02, s * 0.16, -s * 0.1);
    ctx.quadraticCurveTo(s * 0.08, s * 0.04, 0, s * 0.035);
    ctx.closePath();
    ctx.fill();
    ctx.fillStyle = '#3c8d2f';
    ctx.fillRect(-s * 0.03, s * 0.005, s * 0.035, s * 0.022);
    ctx.restore();
  }

  /** Batik cloth: rows of parang-like diagonal strokes, or kawung circles. */
  function batikPattern(ctx, x, y, w, h, base, ink, motif, scale) {
    ctx.save();
    ctx.fillStyle = base;
    ctx.fillRect(x, y, w, h);
    ctx.strokeStyle = ink;
    ctx.fillStyle = ink;
    const step = scale;
    if (motif === 'kawung') {
      for (let yy = y; yy < y + h + step; yy += step)
        for (let xx = x; xx < x + w + step; xx += step) {
          for (const [dx, dy] of [[0.5, 0.25], [0.75, 0.5], [0.5, 0.75], [0.25, 0.5]]) {
            ctx.beginPath();
            ctx.ellipse(xx + dx * step, yy + dy * step, step * 0.2, step * 0.11, dx === 0.5 ? Math.PI / 2 : 0, 0, Math.PI * 2);
            ctx.lineWidth = step * 0.06;
            ctx.stroke();
          }
          ctx.beginPath();
          ctx.arc(xx + step / 2, yy + step / 2, step * 0.05, 0, Math.PI * 2);
          ctx.fill();
        }
    } else {
      ctx.lineWidth = step * 0.16;
      ctx.lineCap = 'round';
      for (let d = -h; d < w + h; d += step) {
        ctx.beginPath();
        for (let t = 0; t <= h; t += step * 0.5) {
          const wave = Math.sin(t / (step * 0.5)) * step * 0.18;
          const px = x + d + t + wave, py = y + h - t;
          t === 0 ? ctx.moveTo(px, py) : ctx.lineTo(px, py);
        }
        ctx.stroke();
        // the small dots between parang bands
        for (let t = step * 0.5; t <= h; t += step * 1.5) {
          ctx.beginPath();
          ctx.arc(x + d + t + step * 0.5, y + h - t, step * 0.07, 0, Math.PI * 2);
          ctx.fill();
        }
      }
    }
    ctx.restore();
  }

  /** A short-sleeved shirt (kemeja) in batik cloth. */
  function shirt(ctx, s, p) {
    background(ctx, s, p.bg[0], p.bg[1]);
    shadow(ctx, s / 2, s * 0.9, s * 0.3, s * 0.03);
    const outline = () => {
      ctx.beginPath();
      ctx.moveTo(s * 0.38, s * 0.14);
      ctx.lineTo(s * 0.2, s * 0.2);
      ctx.lineTo(s * 0.09, s * 0.4);
      ctx.lineTo(s * 0.2, s * 0.46);
      ctx.lineTo(s * 0.27, s * 0.35);
      ctx.lineTo(s * 0.27, s * 0.88);
      ctx.lineTo(s * 0.73, s * 0.88);
      ctx.lineTo(s * 0.73, s * 0.35);
      ctx.lineTo(s * 0.8, s * 0.46);
      ctx.lineTo(s * 0.91, s * 0.4);
      ctx.lineTo(s * 0.8, s * 0.2);
      ctx.lineTo(s * 0.62, s * 0.14);
      ctx.quadraticCurveTo(s / 2, s * 0.2, s * 0.38, s * 0.14);
      ctx.closePath();
    };
    ctx.save();
    outline();
    ctx.clip();
    batikPattern(ctx, 0, 0, s, s, p.base, p.ink, p.motif, s * 0.1);
    ctx.restore();
    ctx.strokeStyle = 'rgba(0,0,0,0.25)';
    ctx.lineWidth = s * 0.006;
    outline();
    ctx.stroke();
    // collar, placket and buttons
    ctx.fillStyle = p.base;
    ctx.beginPath();
    ctx.moveTo(s * 0.38, s * 0.14);
    ctx.lineTo(s * 0.5, s * 0.27);
    ctx.lineTo(s * 0.44, s * 0.29);
    ctx.lineTo(s * 0.36, s * 0.17);
    ctx.closePath();
    ctx.moveTo(s * 0.62, s * 0.14);
    ctx.lineTo(s * 0.5, s * 0.27);
    ctx.lineTo(s * 0.56, s * 0.29);
    ctx.lineTo(s * 0.64, s * 0.17);
    ctx.closePath();
    ctx.fill();
    ctx.stroke();
    ctx.beginPath();
    ctx.moveTo(s / 2, s * 0.27);
    ctx.lineTo(s / 2, s * 0.88);
    ctx.stroke();
    ctx.fillStyle = '#f4ead6';
    for (let i = 0; i < 5; i++) {
      ctx.beginPath();
      ctx.arc(s * 0.515, s * (0.34 + i * 0.11), s * 0.01, 0, Math.PI * 2);
      ctx.fill();
    }
    // sleeve hems
    ctx.beginPath();
    ctx.moveTo(s * 0.09, s * 0.4);
    ctx.lineTo(s * 0.2, s * 0.46);
    ctx.moveTo(s * 0.91, s * 0.4);
    ctx.lineTo(s * 0.8, s * 0.46);
    ctx.stroke();
    if (p.tag) tag(ctx, s, p.tag);
  }

  /** A small round sticker in a corner: "M · L · XL", "Bekas", "1 kg". */
  function tag(ctx, s, label) {
    ctx.fillStyle = '#ffffff';
    rounded(ctx, s * 0.05, s * 0.05, s * 0.3, s * 0.09, s * 0.045);
    ctx.fill();
    fitText(ctx, label, s * 0.2, s * 0.095, s * 0.045, '#333', s * 0.26);
  }

  /** A close-up of the cloth itself. */
  function cloth(ctx, s, p) {
    batikPattern(ctx, 0, 0, s, s, p.base, p.ink, p.motif, s * 0.24);
    if (p.tag) tag(ctx, s, p.tag);
  }

  /** A woven pandan/rattan bag or basket; `set` draws three sizes side by side. */
  function basket(ctx, s, p) {
    background(ctx, s, p.bg[0], p.bg[1]);
    const sizes = p.set ? [[-0.07, 0.22, 0.62], [0.33, 0.32, 0.5], [0.62, 0.42, 0.38]] : [[0, 0, 1]];
    for (const [dx, dy, k] of sizes) {
      ctx.save();
      ctx.translate(s * dx, s * dy);
      ctx.scale(k, k);
      basketBody(ctx, s, p);
      ctx.restore();
    }
    if (p.tag) tag(ctx, s, p.tag);
  }

  function basketBody(ctx, s, p) {
    const x = s * 0.2, y = s * 0.36, w = s * 0.6, h = s * 0.46;
    shadow(ctx, s / 2, y + h + s * 0.01, w * 0.55, s * 0.03);
    // handles
    ctx.strokeStyle = p.dark;
    ctx.lineWidth = s * 0.035;
    ctx.beginPath();
    ctx.ellipse(s / 2, y, w * 0.3, s * 0.2, 0, Math.PI, 0);
    ctx.stroke();
    // body, woven
    ctx.save();
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + w, y);
    ctx.lineTo(x + w - s * 0.05, y + h);
    ctx.lineTo(x + s * 0.05, y + h);
    ctx.closePath();
    ctx.clip();
    ctx.fillStyle = p.light;
    ctx.fillRect(x, y, w, h);
    const cell = s * 0.045;
    for (let row = 0; row * cell < h; row++)
      for (let col = 0; col * cell < w; col++) {
        ctx.fillStyle = (row + col) % 2 ? p.dark : p.mid;
        const cx = x + col * cell, cy = y + row * cell;
        if ((row + col) % 2) ctx.fillRect(cx + 2, cy + 2, cell - 4, cell * 0.5);
        else ctx.fillRect(cx + 2, cy + 2, cell * 0.5, cell - 4);
      }
    if (p.band) {
      batikPattern(ctx, x, y + h * 0.38, w, h * 0.22, p.band[0], p.band[1], 'kawung', s * 0.06);
    }
    ctx.restore();
    ctx.fillStyle = p.dark;
    ctx.fillRect(x, y - s * 0.01, w, s * 0.025);
  }

  /** A bar of soap on a leaf, with its paper wrap beside it. */
  function soap(ctx, s, p) {
    background(ctx, s, p.bg[0], p.bg[1]);
    // leaf
    ctx.fillStyle = '#6fae5a';
    ctx.beginPath();
    ctx.ellipse(s * 0.5, s * 0.7, s * 0.4, s * 0.12, -0.15, 0, Math.PI * 2);
    ctx.fill();
    ctx.strokeStyle = '#4f8a3e';
    ctx.lineWidth = s * 0.008;
    ctx.beginPath();
    ctx.moveTo(s * 0.12, s * 0.76);
    ctx.lineTo(s * 0.88, s * 0.64);
    ctx.stroke();
    // wrapped bar behind
    ctx.fillStyle = p.wrap;
    rounded(ctx, s * 0.18, s * 0.2, s * 0.42, s * 0.3, s * 0.03);
    ctx.fill();
    ctx.fillStyle = p.label;
    rounded(ctx, s * 0.23, s * 0.25, s * 0.32, s * 0.2, s * 0.02);
    ctx.fill();
    fitText(ctx, p.brand, s * 0.39, s * 0.29, s * 0.028, p.ink, s * 0.28, 'normal');
    fitText(ctx, p.title, s * 0.39, s * 0.35, s * 0.05, p.ink, s * 0.28);
    fitText(ctx, p.sub, s * 0.39, s * 0.41, s * 0.026, p.ink, s * 0.28, 'normal');
    // bare bar in front
    shadow(ctx, s * 0.58, s * 0.72, s * 0.2, s * 0.03);
    ctx.fillStyle = p.bar;
    rounded(ctx, s * 0.4, s * 0.5, s * 0.36, s * 0.2, s * 0.06);
    ctx.fill();
    ctx.fillStyle = 'rgba(255,255,255,0.35)';
    rounded(ctx, s * 0.43, s * 0.52, s * 0.3, s * 0.05, s * 0.025);
    ctx.fill();
    text(ctx, p.stamp, s * 0.58, s * 0.615, s * 0.045, 'rgba(0,0,0,0.25)');
  }

  /** A smartphone, front or back. */
  function phone(ctx, s, p) {
    background(ctx, s, p.bg[0], p.bg[1]);
    const w = s * 0.36, h = s * 0.7, x = (s - w) / 2, y = s * 0.13;
    shadow(ctx, s / 2, y + h + s * 0.02, w * 0.6, s * 0.03);
    ctx.fillStyle = p.body;
    rounded(ctx, x, y, w, h, s * 0.05);
    ctx.fill();
    if (p.side === 'back') {
      ctx.fillStyle = 'rgba(0,0,0,0.25)';
      rounded(ctx, x + s * 0.03, y + s * 0.03, s * 0.11, s * 0.2, s * 0.03);
      ctx.fill();
      for (const cy of [0.075, 0.135, 0.195]) {
        ctx.fillStyle = '#222';
        ctx.beginPath();
        ctx.arc(x + s * 0.085, y + s * cy, s * 0.024, 0, Math.PI * 2);
        ctx.fill();
      }
      ctx.fillStyle = 'rgba(255,255,255,0.12)';
      ctx.beginPath();
      ctx.moveTo(x + w, y + h * 0.3);
      ctx.lineTo(x + w, y + h * 0.6);
      ctx.lineTo(x, y + h);
      ctx.lineTo(x, y + h * 0.7);
      ctx.closePath();
      ctx.fill();
    } else {
      const g = ctx.createLinearGradient(x, y, x + w, y + h);
      g.addColorStop(0, p.screen[0]);
      g.addColorStop(1, p.screen[1]);
      ctx.fillStyle = g;
      rounded(ctx, x + s * 0.015, y + s * 0.015, w - s * 0.03, h - s * 0.03, s * 0.04);
      ctx.fill();
      ctx.fillStyle = '#111';
      ctx.beginPath();
      ctx.arc(s / 2, y + s * 0.04, s * 0.01, 0, Math.PI * 2);
      ctx.fill();
      text(ctx, '09.41', s / 2, y + s * 0.16, s * 0.06, '#fff');
      text(ctx, 'Senin, 12 Mei', s / 2, y + s * 0.21, s * 0.022, '#fff', 'normal');
      for (let r = 0; r < 2; r++)
        for (let c = 0; c < 4; c++) {
          ctx.fillStyle = ['#f6c945', '#5ec27a', '#5aa9e6', '#f07a5a'][(r + c) % 4];
          rounded(ctx, x + s * 0.04 + c * s * 0.075, y + h - s * 0.2 + r * s * 0.075, s * 0.05, s * 0.05, s * 0.012);
          ctx.fill();
        }
    }
    if (p.tag) tag(ctx, s, p.tag);
  }

  /** A bottle (madu): body, neck, cap, label. */
  function bottle(ctx, s, p) {
    background(ctx, s, p.bg[0], p.bg[1]);
    const w = s * 0.32, x = (s - w) / 2, y = s * 0.32, h = s * 0.5;
    shadow(ctx, s / 2, y + h + s * 0.01, w * 0.65, s * 0.03);
    ctx.fillStyle = p.fill;
    ctx.beginPath();
    ctx.moveTo(x + w * 0.35, s * 0.16);
    ctx.lineTo(x + w * 0.65, s * 0.16);
    ctx.lineTo(x + w * 0.65, s * 0.24);
    ctx.quadraticCurveTo(x + w, s * 0.27, x + w, y);
    ctx.lineTo(x + w, y + h - s * 0.03);
    ctx.quadraticCurveTo(x + w, y + h, x + w - s * 0.03, y + h);
    ctx.lineTo(x + s * 0.03, y + h);
    ctx.quadraticCurveTo(x, y + h, x, y + h - s * 0.03);
    ctx.lineTo(x, y);
    ctx.quadraticCurveTo(x, s * 0.27, x + w * 0.35, s * 0.24);
    ctx.closePath();
    ctx.fill();
    ctx.fillStyle = 'rgba(255,255,255,0.3)';
    rounded(ctx, x + s * 0.025, y + s * 0.02, s * 0.025, h - s * 0.08, s * 0.012);
    ctx.fill();
    ctx.fillStyle = p.cap;
    rounded(ctx, x + w * 0.3, s * 0.1, w * 0.4, s * 0.07, s * 0.012);
    ctx.fill();
    const ly = y + h * 0.22, lh = h * 0.45;
    ctx.fillStyle = p.label;
    ctx.fillRect(x, ly, w, lh);
    fitText(ctx, p.brand, s / 2, ly + lh * 0.2, s * 0.03, p.ink, w - s * 0.04, 'normal');
    fitText(ctx, p.title, s / 2, ly + lh * 0.48, s * 0.06, p.ink, w - s * 0.04);
    fitText(ctx, p.sub, s / 2, ly + lh * 0.78, s * 0.03, p.ink, w - s * 0.04, 'normal');
    if (p.comb) honeycomb(ctx, s * 0.8, s * 0.72, s * 0.05);
  }

  function honeycomb(ctx, cx, cy, r) {
    ctx.fillStyle = '#f2b233';
    ctx.strokeStyle = '#c98a16';
    ctx.lineWidth = r * 0.15;
    for (const [dx, dy] of [[0, 0], [1.5, 0.87], [0, 1.73], [-1.5, 0.87], [1.5, -0.87], [-1.5, -0.87]]) {
      ctx.beginPath();
      for (let i = 0; i < 6; i++) {
        const a = (Math.PI / 3) * i;
        const px = cx + dx * r + Math.cos(a) * r, py = cy + dy * r + Math.sin(a) * r;
        i ? ctx.lineTo(px, py) : ctx.moveTo(px, py);
      }
      ctx.closePath();
      ctx.fill();
      ctx.stroke();
    }
  }

  /** Contents served: a bowl of chips, beans, a cup of coffee. */
  function bowl(ctx, s, p) {
    background(ctx, s, p.bg[0], p.bg[1]);
    // table cloth stripe
    ctx.fillStyle = p.cloth;
    ctx.fillRect(0, s * 0.72, s, s * 0.28);
    if (p.cup) {
      shadow(ctx, s / 2, s * 0.76, s * 0.3, s * 0.05);
      ctx.fillStyle = '#ffffff';
      ctx.beginPath();
      ctx.ellipse(s / 2, s * 0.74, s * 0.28, s * 0.06, 0, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = p.cup;
      ctx.beginPath();
      ctx.moveTo(s * 0.33, s * 0.42);
      ctx.lineTo(s * 0.67, s * 0.42);
      ctx.quadraticCurveTo(s * 0.66, s * 0.72, s / 2, s * 0.72);
      ctx.quadraticCurveTo(s * 0.34, s * 0.72, s * 0.33, s * 0.42);
      ctx.fill();
      ctx.strokeStyle = p.cup;
      ctx.lineWidth = s * 0.025;
      ctx.beginPath();
      ctx.arc(s * 0.68, s * 0.52, s * 0.055, -Math.PI / 2, Math.PI / 2);
      ctx.stroke();
      ctx.fillStyle = '#5a3418';
      ctx.beginPath();
      ctx.ellipse(s / 2, s * 0.42, s * 0.17, s * 0.035, 0, 0, Math.PI * 2);
      ctx.fill();
      ctx.strokeStyle = 'rgba(120,120,120,0.35)';
      ctx.lineWidth = s * 0.012;
      for (const dx of [-0.05, 0.02, 0.08]) {
        ctx.beginPath();
        ctx.moveTo(s * (0.5 + dx), s * 0.37);
        ctx.bezierCurveTo(s * (0.47 + dx), s * 0.3, s * (0.54 + dx), s * 0.26, s * (0.5 + dx), s * 0.18);
        ctx.stroke();
      }
      crumbs(ctx, s * 0.18, s * 0.84, s * 0.1, s * 0.05, p.fill, 'bean', 14);
    } else {
      shadow(ctx, s / 2, s * 0.78, s * 0.36, s * 0.05);
      crumbs(ctx, s / 2, s * 0.5, s * 0.3, s * 0.12, p.fill, p.kind, 90);
      ctx.fillStyle = p.bowl;
      ctx.beginPath();
      ctx.moveTo(s * 0.14, s * 0.5);
      ctx.lineTo(s * 0.86, s * 0.5);
      ctx.quadraticCurveTo(s * 0.82, s * 0.78, s / 2, s * 0.78);
      ctx.quadraticCurveTo(s * 0.18, s * 0.78, s * 0.14, s * 0.5);
      ctx.fill();
      ctx.fillStyle = 'rgba(255,255,255,0.25)';
      ctx.fillRect(s * 0.14, s * 0.56, s * 0.72, s * 0.03);
    }
    if (p.tag) tag(ctx, s, p.tag);
  }

  /** A plain information card: a headline and a few short lines, in the product's colours. */
  function card(ctx, s, p) {
    background(ctx, s, p.bg[0], p.bg[1]);
    ctx.fillStyle = '#ffffff';
    rounded(ctx, s * 0.08, s * 0.08, s * 0.84, s * 0.84, s * 0.04);
    ctx.fill();
    ctx.fillStyle = p.accent;
    rounded(ctx, s * 0.08, s * 0.08, s * 0.84, s * 0.17, s * 0.04);
    ctx.fill();
    ctx.fillRect(s * 0.08, s * 0.2, s * 0.84, s * 0.05);
    fitText(ctx, p.title, s / 2, s * 0.165, s * 0.065, '#fff', s * 0.76);
    p.lines.forEach((line, i) => {
      const y = s * (0.34 + i * 0.105);
      ctx.fillStyle = p.accent;
      ctx.beginPath();
      ctx.arc(s * 0.17, y, s * 0.018, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = '#333';
      ctx.font = `normal ${s * 0.045}px ${FONT}`;
      ctx.textAlign = 'left';
      ctx.textBaseline = 'middle';
      let px = s * 0.045;
      while (ctx.measureText(line).width > s * 0.66 && px > 8) ctx.font = `normal ${--px}px ${FONT}`;
      ctx.fillText(line, s * 0.22, y);
    });
  }

  const DRAWINGS = { pouch, jar, shirt, cloth, basket, soap, phone, bottle, bowl, card };

  window.drawPhoto = (canvas, spec) => {
    const ctx = canvas.getContext('2d');
    const s = canvas.width;
    ctx.clearRect(0, 0, s, s);
    const draw = DRAWINGS[spec.draw];
    if (!draw) throw new Error(`no drawing called ${spec.draw}`);
    draw(ctx, s, spec);
  };
})();
