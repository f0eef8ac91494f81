/**
 * The 3D view: every metal voxel is one instance of a single InstancedMesh (one draw call), coloured
 * live / dead; the electrode is a plate tinted by the SEI map (darker = SEI-rich, poorly
 * conducting); the separator is the top of a wire box. It is updated from the worker's stream of
 * changed voxels — never by walking the lattice — and drawn only when something changed.
 * No DOM: it draws on an OffscreenCanvas inside the render worker (voxelScene.worker.ts), or on the
 * page's canvas where browsers cannot do that; either way the page measures the canvas and passes
 * sizes, colours and camera moves in. Loaded lazily, so three.js is fetched only when the
 * simulation is on screen and WebGL works.
 */
import {
  AmbientLight,
  BoxGeometry,
  BufferGeometry,
  Color,
  DataTexture,
  DirectionalLight,
  DynamicDrawUsage,
  EdgesGeometry,
  InstancedMesh,
  LineBasicMaterial,
  LineSegments,
  Matrix4,
  Mesh,
  MeshBasicMaterial,
  MeshLambertMaterial,
  PerspectiveCamera,
  RGBAFormat,
  Scene,
  SRGBColorSpace,
  WebGLRenderer,
} from 'three';
import type { VoxelChanges } from '../../src/lib/sim/changeLog.ts';
import type { LatticeShape } from '../../src/lib/sim/workerProtocol.ts';
import { cameraPlacement, initialOrbit, orbitBy, zoomBy, type Orbit } from './cameraOrbit.ts';
import type { SceneColours, ViewSize } from './renderProtocol.ts';

export type { SceneColours, ViewSize };

/** Where there is no requestAnimationFrame (a worker in an older browser): about one frame. */
const nextFrame: (draw: () => void) => number =
  typeof requestAnimationFrame === 'function' ? (draw) => requestAnimationFrame(draw) : (draw) => setTimeout(draw, 16) as unknown as number;
const cancelFrame: (id: number) => void = typeof cancelAnimationFrame === 'function' ? (id) => cancelAnimationFrame(id) : (id) => clearTimeout(id);

const LIVE = 1;
const DEAD = 2;

export class VoxelScene {
  private readonly renderer: WebGLRenderer;
  private readonly scene = new Scene();
  private readonly camera = new PerspectiveCamera(40, 1, 0.1, 5000);
  private readonly geometry = new BoxGeometry(1, 1, 1);
  private readonly material = new MeshLambertMaterial();
  private mesh: InstancedMesh;
  private capacity = 16_384;
  private count = 0;
  /** Site index → instance slot, and back (for swap-removal). */
  private readonly slotOf = new Map<number, number>();
  private siteAt = new Int32Array(this.capacity);
  private shape: LatticeShape = { width: 1, height: 1 };
  private colours: SceneColours;
  private readonly live = new Color();
  private readonly dead = new Color();
  private readonly matrix = new Matrix4();
  private fixtures: (Mesh | LineSegments)[] = [];
  private plateTexture: DataTexture | null = null;
  private seiConductance: Float32Array | null = null;
  private seiFormed: Float32Array | null = null;
  private orbitState: Orbit = initialOrbit(this.shape);
  private frame = 0;
  private size: ViewSize = { width: 0, height: 0, pixelRatio: 1 };

  constructor(
    readonly canvas: HTMLCanvasElement | OffscreenCanvas,
    colours: SceneColours,
    size: ViewSize,
  ) {
    // preserveDrawingBuffer: the PNG snapshot reads the canvas after the frame is presented.
    // The context is asked for here, with the attributes three.js would use, so that a canvas
    // without WebGL 2 (a render worker without GPU access, say) throws our message and the
    // caller falls back quietly, instead of three.js logging a console error first.
    const context = canvas.getContext('webgl2', {
      alpha: true,
      depth: true,
      stencil: false,
      antialias: true,
      premultipliedAlpha: true,
      preserveDrawingBuffer: true,
    }) as WebGL2RenderingContext | null;
    if (!context) throw new Error('No WebGL 2 context for the 3D view.');
    this.renderer = new WebGLRenderer({ canvas, context, antialias: true, preserveDrawingBuffer: true });
    this.colours = colours;
    this.setSize(size);
    this.scene.add(new AmbientLight(0xffffff, 1.6));
    const sun = new DirectionalLight(0xffffff, 2.2);
    sun.position.set(0.6, 1, 0.35);
    this.scene.add(sun);
    this.mesh = this.makeMesh(this.capacity);
    this.scene.add(this.mesh);
    this.setColours(colours);
  }

  /** Starts over for a new lattice: no voxels, a new electrode plate and frame. */
  reset(shape: LatticeShape, sei: Float32Array): void {
    this.shape = shape;
    this.seiConductance = sei;
    this.seiFormed = null;
    this.slotOf.clear();
    this.count = 0;
    this.mesh.count = 0;
    for (const f of this.fixtures) {
      this.scene.remove(f);
      f.geometry.dispose();
      const m = f.material as MeshBasicMaterial & { map?: DataTexture | null };
      m.map?.dispose();
      m.dispose();
    }
    const w = shape.width;
    const h = shape.height;
    const texture = new DataTexture(this.electrodeTexels(sei, null, w), w, w, RGBAFormat);
    texture.colorSpace = SRGBColorSpace;
    texture.needsUpdate = true;
    this.plateTexture = texture;
    const plate = new Mesh(new BoxGeometry(w, 1, w), new MeshBasicMaterial({ map: texture }));
    plate.position.set(0, 0, 0);
    const box = new LineSegments(
      new EdgesGeometry(new BoxGeometry(w, h, w)) as BufferGeometry,
      new LineBasicMaterial({ color: new Color(this.colours.frame) }),
    );
    box.position.set(0, 0.5 + h / 2, 0);
    this.fixtures = [plate, box];
    this.scene.add(plate, box);
    this.orbitState = initialOrbit(shape);
    this.requestRender();
  }

  /**
   * SEI formed on each electrode column so far (faces, from the model): the plate under the
   * deposit darkens toward the SEI colour where the film has grown thick.
   */
  setSeiFormed(formed: Float32Array): void {
    const texture = this.plateTexture;
    const w = this.shape?.width ?? 0;
    if (!texture || formed.length !== w * w) return;
    this.seiFormed = formed;
    (texture.image.data as Uint8Array).set(this.electrodeTexels(this.seiConductance, formed, w));
    texture.needsUpdate = true;
    this.requestRender();
  }

  setColours(colours: SceneColours): void {
    this.colours = colours;
    this.live.set(colours.live);
    this.dead.set(colours.dead);
    this.scene.background = new Color(colours.background);
    for (let slot = 0; slot < this.count; slot++) this.paint(slot, LIVE);
    // The plate too, in the new theme's colours (SEI conductance and the SEI formed so far).
    const w = this.shape?.width ?? 0;
    if (this.plateTexture && w > 0) {
      (this.plateTexture.image.data as Uint8Array).set(this.electrodeTexels(this.seiConductance, this.seiFormed, w));
      this.plateTexture.needsUpdate = true;
    }
    this.requestRender();
  }

  /** Applies the worker's changes: new voxels appear, stripped ones vanish, isolated ones turn dead. */
  apply(changes: Pick<VoxelChanges, 'indices' | 'states'>): void {
    const { indices, states } = changes;
    for (let k = 0; k < indices.length; k++) {
      const site = indices[k];
      const state = states[k];
      const slot = this.slotOf.get(site);
      if (state === LIVE || state === DEAD) {
        if (slot === undefined) this.add(site, state);
        else this.paint(slot, state);
      } else if (slot !== undefined) {
        this.remove(site, slot);
      }
    }
    this.mesh.count = this.count;
    this.mesh.instanceMatrix.needsUpdate = true;
    if (this.mesh.instanceColor) this.mesh.instanceColor.needsUpdate = true;
    this.requestRender();
  }

  /** Turns the camera (radians) — from pointer drags and arrow keys. */
  orbit(dAzimuth: number, dElevation: number): void {
    this.orbitState = orbitBy(this.orbitState, dAzimuth, dElevation);
    this.requestRender();
  }

  zoom(factor: number): void {
    this.orbitState = zoomBy(this.orbitState, factor, this.shape);
    this.requestRender();
  }

  /** The canvas's size on the page in CSS pixels (0 while hidden: the drawing buffer stays as it is). */
  setSize(size: ViewSize): void {
    const pixelRatio = Math.min(2, size.pixelRatio);
    if (size.width === this.size.width && size.height === this.size.height && pixelRatio === this.size.pixelRatio) return;
    this.size = { width: size.width, height: size.height, pixelRatio };
    if (size.width > 0 && size.height > 0) {
      this.renderer.setPixelRatio(pixelRatio);
      // false: never touch a style (an OffscreenCanvas has none); only the drawing buffer changes.
      this.renderer.setSize(size.width, size.height, false);
      this.camera.aspect = size.width / size.height;
      this.camera.updateProjectionMatrix();
    }
    this.requestRender();
  }

  /** Draws now (synchronously), e.g. before a snapshot. */
  render(): void {
    const { position, target } = cameraPlacement(this.orbitState, this.shape);
    this.camera.position.set(...position);
    this.camera.lookAt(...target);
    this.renderer.render(this.scene, this.camera);
  }

  /** Draws and returns the picture as PNG (null if the browser cannot encode it). */
  async snapshot(): Promise<Blob | null> {
    this.render();
    const canvas = this.canvas;
    if ('convertToBlob' in canvas) return canvas.convertToBlob({ type: 'image/png' });
    return new Promise((done) => canvas.toBlob(done, 'image/png'));
  }

  requestRender(): void {
    if (this.frame) return;
    this.frame = nextFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  dispose(): void {
    cancelFrame(this.frame);
    this.geometry.dispose();
    this.material.dispose();
    this.renderer.dispose();
  }

  private makeMesh(capacity: number): InstancedMesh {
    const mesh = new InstancedMesh(this.geometry, this.material, capacity);
    mesh.instanceMatrix.setUsage(DynamicDrawUsage);
    mesh.setColorAt(0, this.live); // allocates instanceColor
    mesh.count = 0;
    // Instances move all the time; a stale bounding sphere would cull the deposit.
    mesh.frustumCulled = false;
    return mesh;
  }

  private add(site: number, state: number): void {
    if (this.count === this.capacity) this.grow();
    const slot = this.count++;
    const w = this.shape.width;
    const x = site % w;
    const rest = (site - x) / w;
    const y = rest % w;
    const z = (rest - y) / w;
    this.matrix.makeTranslation(x - w / 2 + 0.5, z, y - w / 2 + 0.5);
    this.mesh.setMatrixAt(slot, this.matrix);
    this.siteAt[slot] = site;
    this.slotOf.set(site, slot);
    this.paint(slot, state);
  }

  private remove(site: number, slot: number): void {
    const last = --this.count;
    if (slot !== last) {
      const moved = this.siteAt[last];
      this.mesh.getMatrixAt(last, this.matrix);
      this.mesh.setMatrixAt(slot, this.matrix);
      const colour = new Color();
      this.mesh.getColorAt(last, colour);
      this.mesh.setColorAt(slot, colour);
      this.siteAt[slot] = moved;
      this.slotOf.set(moved, slot);
    }
    this.slotOf.delete(site);
  }

  private paint(slot: number, state: number): void {
    this.mesh.setColorAt(slot, state === DEAD ? this.dead : this.live);
  }

  private grow(): void {
    const capacity = this.capacity * 2;
    const mesh = this.makeMesh(capacity);
    mesh.instanceMatrix.array.set(this.mesh.instanceMatrix.array);
    mesh.instanceColor!.array.set(this.mesh.instanceColor!.array);
    this.scene.remove(this.mesh);
    this.mesh.dispose();
    this.scene.add(mesh);
    this.mesh = mesh;
    const sites = new Int32Array(capacity);
    sites.set(this.siteAt);
    this.siteAt = sites;
    this.capacity = capacity;
  }

  private electrodeTexels(sei: Float32Array | null, formed: Float32Array | null, width: number): Uint8Array {
    const a = new Color(this.colours.electrode);
    const b = new Color(this.colours.seiRich);
    const out = new Uint8Array(width * width * 4);
    const c = new Color();
    for (let i = 0; i < width * width; i++) {
      // Low conductance reads as SEI-rich; so does a film thickened by many exposures (saturating:
      // eight faces of SEI on a column, about 80 nm of Li₂O at the default reactivity, is most of the way).
      const grown = formed ? 1 - Math.exp(-formed[i] / 8) : 0;
      c.copy(a).lerp(b, Math.max(1 - (sei?.[i] ?? 1), grown));
      const hex = c.getHex(); // back in sRGB, as the texture is tagged
      out[4 * i] = (hex >> 16) & 255;
      out[4 * i + 1] = (hex >> 8) & 255;
      out[4 * i + 2] = hex & 255;
      out[4 * i + 3] = 255;
    }
    return out;
  }
}
