/** Strings of the drawing tools and the side panel of the planner's workbench, zh-CN first. */
export const workbenchMessages = {
  hintPick: {
    zh: "单击要素查看属性，Shift+单击可多选",
    en: "Click a feature to see it; Shift+click to select several",
  },
  hintPolygon: {
    zh: "单击添加顶点，单击起点或按回车结束",
    en: "Click to add vertices; click the first point or press Enter to finish",
  },
  hintRectangle: {
    zh: "按住拖出矩形，或单击一角、再单击对角",
    en: "Drag out a rectangle, or click one corner and then the opposite one",
  },
  hintCircle: {
    zh: "按住从圆心拖到半径，或单击圆心、再单击半径处",
    en: "Drag from the centre to the radius, or click the centre and then the radius",
  },
  hintFreehand: {
    zh: "按住拖动描画，松开结束；或单击开始、移动、再单击结束",
    en: "Hold and drag to trace, release to finish; or click, move, and click again",
  },
  hintSelect: {
    zh: "单击一块轮廓后拖动顶点；单击边中点加点；多块的轮廓逐块修改",
    en: "Click a part, then drag its vertices; click an edge's midpoint to add one; edit a multi-part outline part by part",
  },
  hintLasso: {
    zh: "按住拖动圈出要素，松开后加入已选要素",
    en: "Hold and drag around features; release to add them to the selection",
  },
  vertexBlocked: {
    zh: "顶点停在此处：再移动会使边界自相交",
    en: "The vertex stopped here: moving it further would make the outline cross itself",
  },
  outlineArea: { zh: "轮廓面积", en: "Outline area" },
  outlineParts: { zh: "块", en: "parts" },
  panelCollapse: { zh: "收起面板", en: "Collapse the panel" },
  panelExpand: { zh: "展开面板", en: "Expand the panel" },
  panelResize: { zh: "调整面板宽度（左右方向键）", en: "Resize the panel (Left/Right arrow keys)" },
  layersTitle: { zh: "图层与图例", en: "Layers and legend" },
  hazardType: { zh: "灾害类型", en: "Hazard type" },
  dangerGrade: { zh: "险情等级", en: "Danger grade" },
  corridorType: { zh: "廊道类型", en: "Corridor type" },
  length: { zh: "长度", en: "Length" },
} as const satisfies Record<string, { zh: string; en: string }>;
