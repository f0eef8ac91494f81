/**
 * The calculators as the pages list them: title, a one-line "what to try", the formula (TeX,
 * typeset at build time by CalculatorCard), and where the physics comes from — the chapter of
 * the course map that teaches it and the review section. Order = the index page's order.
 */
export interface CalculatorEntry {
  /** URL segment of its own page and prefix of its URL parameters. */
  id: string;
  title: string;
  whatToTry: string;
  /** Display-mode TeX. */
  formula: string;
  /** The symbols, defined in words right after the formula. */
  symbols: string;
  /** Course-map slug of the chapter that teaches it. */
  chapter: string;
  review: { id: 'xiang2019' | 'ge2024' | 'lee2020'; section: string };
}

export const CALCULATORS: readonly CalculatorEntry[] = [
  {
    id: 'metal-comparison',
    title: 'Li, Na and K metal compared',
    whatToTry: 'Raise the areal capacity to 6 mAh/cm² and see how much thicker potassium plates than lithium.',
    formula: 'Q = \\frac{zF}{3.6\\,M}, \\qquad t = \\frac{3.6\\,M\\,q}{zF\\rho}',
    symbols:
      'Q specific capacity (mAh/g), z electrons per atom, F the Faraday constant, M molar mass (g/mol), t thickness of dense metal plated by the areal capacity q, ρ density.',
    chapter: 'why-alkali-metal-anodes',
    review: { id: 'xiang2019', section: 'Introduction; Lee et al. 2020, Table 1' },
  },
  {
    id: 'specific-energy',
    title: 'Theoretical specific energy by chemistry',
    whatToTry: 'Compare Li–O₂ on the product basis with the same reaction counted on lithium alone.',
    formula: 'w = \\frac{n F E}{3.6\\,M}',
    symbols:
      'w specific energy (Wh/kg), n electrons per formula unit of discharge product, E cell voltage, M molar mass of the product (product basis) or of the metal alone (metal basis).',
    chapter: 'metal-oxygen-batteries',
    review: { id: 'xiang2019', section: 'Li–O₂, Na–O₂, K–O₂ and Li–S sections' },
  },
  {
    id: 'plating-thickness',
    title: 'Plating thickness, foil capacity and depth of discharge',
    whatToTry: 'Keep 500 µm of lithium and cycle 3 mAh/cm²: how deep is each cycle?',
    formula: 't = \\frac{3.6\\,M\\,q}{zF\\rho}, \\qquad \\mathrm{DoD} = \\frac{q}{q_\\mathrm{foil}}',
    symbols:
      't plated thickness, q areal capacity cycled (mAh/cm²), M molar mass, z electrons per atom, F the Faraday constant, ρ density, q_foil the capacity stored in the foil.',
    chapter: 'how-metal-anodes-fail',
    review: { id: 'xiang2019', section: 'Large Excess of Li' },
  },
  {
    id: 'cycle-life',
    title: 'Coulombic efficiency and cycle life',
    whatToTry: 'Set the excess to 0 % (anode-free): the two models agree. Then find the CE that lasts 1000 cycles.',
    formula:
      'R_\\mathrm{review}(n) = \\min\\!\\left(1,\\ (1+x)\\,\\mathrm{CE}^{\\,n}\\right), \\qquad I_{n+1} = I_n - (1-\\mathrm{CE})\\min(1, I_n)',
    symbols:
      'R retained capacity after n cycles, x excess metal as a fraction of the cathode capacity, CE Coulombic efficiency, I the metal inventory in units of the cathode capacity (I₀ = 1 + x; retained capacity min(1, I)).',
    chapter: 'from-lab-to-market',
    review: { id: 'xiang2019', section: 'Short Cycle Life' },
  },
  {
    id: 'capacity-decay',
    title: 'Capacity decay per cycle: linear or compound',
    whatToTry: 'Check that 0.106 %/cycle over 500 cycles leaves 47 % read linearly but 58.8 % compounded.',
    formula: 'R_\\mathrm{lin} = 1 - d\\,n, \\qquad R_\\mathrm{comp} = (1-d)^{n}',
    symbols: 'R retained capacity, d decay per cycle, n number of cycles.',
    chapter: 'artificial-sei-and-sodium-full-cells',
    review: { id: 'lee2020', section: '§4, room-temperature Na–S' },
  },
  {
    id: 'sands-time',
    title: 'Sand’s time and the critical current density',
    whatToTry: 'Shrink the gap to 25 µm: J* jumps far above any practical current. Then make 5 % of the area carry it.',
    formula: '\\tau_s = \\pi D \\left(\\frac{z F c_0}{2 J t_a}\\right)^{2}, \\qquad J^{*} = \\frac{2 F c_0 D}{t_a L}',
    symbols:
      'τs Sand’s time, D salt diffusivity, z cation charge, F the Faraday constant, c₀ salt concentration, J current density, t_a = 1 − t₊ the anion share of the mobility, L the inter-electrode gap, J* the critical current density.',
    chapter: 'dendrites-and-sands-time',
    review: { id: 'lee2020', section: '§2.2' },
  },
  {
    id: 'shes',
    title: 'Self-healing electrostatic shield: threshold concentrations',
    whatToTry: 'Compare the Ba²⁺ threshold with n = 1 (the published table) and with its real charge n = 2.',
    formula: 'E = E^\\circ_M + \\frac{RT}{nF}\\ln c, \\qquad c^{*} = \\exp\\!\\left[\\frac{nF\\,(E^\\circ_\\mathrm{host} - E^\\circ_M)}{RT}\\right]',
    symbols:
      'E reduction potential of the additive cation M at concentration c (mol/L, standing in for activity), E° standard potentials vs SHE, n electrons per ion, R the gas constant, T temperature, c* the concentration below which M stays below the host’s potential.',
    chapter: 'electrolyte-design-for-sodium',
    review: { id: 'lee2020', section: '§3.1.2 and Table 2' },
  },
  {
    id: 'interface-mechanics',
    title: 'Interface mechanics: J × ASR and the Monroe–Newman check',
    whatToTry: 'Drop the ASR from 10⁴ to 1 Ω·cm² (an ALD interlayer) and watch the overpotential.',
    formula: '\\eta = J \\cdot \\mathrm{ASR}, \\qquad G_\\mathrm{interphase} \\geq 1.8\\,G_\\mathrm{metal}',
    symbols:
      'η interfacial overpotential, J current density, ASR area-specific resistance, G shear modulus of the interphase and of the metal.',
    chapter: 'solid-state-metal-batteries',
    review: { id: 'xiang2019', section: 'solid-state batteries, poor contact; Lee et al. 2020, §2.3 and §3.3' },
  },
  {
    id: 'cell-builder',
    title: 'Practical cell builder',
    whatToTry: 'Switch between the coin-cell and practical-cell presets, then lower the E/C ratio step by step.',
    formula:
      'e_\\mathrm{cell} = \\frac{q_A\\,V\\,(1 - f_\\mathrm{pack})}{m_\\mathrm{cathode} + m_\\mathrm{metal} + m_\\mathrm{electrolyte} + m_\\mathrm{collectors} + m_\\mathrm{separator}}',
    symbols:
      'e_cell cell specific energy, q_A areal capacity, V average voltage, f_pack packaging share of the cell mass, m the areal masses of one cathode layer’s repeating unit.',
    chapter: 'from-lab-to-market',
    review: { id: 'xiang2019', section: 'Practical Evaluation, Figure 6; Processing' },
  },
  {
    id: 'fast-charge',
    title: 'Fast charge: what 30 minutes asks of the anode',
    whatToTry: 'Charge 85 kWh to 80 % in 30 min, then switch from 350 V to 800 V.',
    formula:
      'C = \\frac{\\Delta\\mathrm{SOC}}{t}, \\qquad P = \\frac{E_\\mathrm{pack}\\,\\Delta\\mathrm{SOC}}{t}, \\qquad I = \\frac{P}{V}, \\qquad j = C\\,q_A',
    symbols:
      'C average C-rate, ΔSOC state-of-charge window, t charging time, P average power, E_pack pack energy, I pack current at pack voltage V, j anode current density for areal capacity q_A.',
    chapter: 'from-lab-to-market',
    review: { id: 'xiang2019', section: 'High Current Density Performance' },
  },
];

export function calculatorEntry(id: string): CalculatorEntry {
  const entry = CALCULATORS.find((c) => c.id === id);
  if (!entry) throw new Error(`No calculator "${id}" in calculatorCatalog.ts`);
  return entry;
}
