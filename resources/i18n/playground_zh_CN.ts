<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivationView</name>
    <message>
        <source>The highlighted activation&apos;s formula, as the engine computes it.</source>
        <translation>高亮的激活函数的公式，与引擎的计算方式一致。</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Autosave is off: {n} windows already autosave in {folder}</source>
        <translation>自动保存已关闭：已有 {n} 个窗口在 {folder} 中自动保存</translation>
    </message>
    <message>
        <source>Autosave is off: cannot write to {folder}: {reason}</source>
        <translation>自动保存已关闭：无法写入 {folder}：{reason}</translation>
    </message>
    <message>
        <source>Autosave failed: {reason}</source>
        <translation>自动保存失败：{reason}</translation>
    </message>
    <message>
        <source>{hour}:{minute} on {day} {month_name}</source>
        <translation>{month} 月 {day} 日 {hour}:{minute}</translation>
    </message>
    <message>
        <source>Restore the last experiment?</source>
        <translation>恢复上次的实验？</translation>
    </message>
    <message>
        <source>A playground window did not close normally. Restore the experiment it saved at {when}?</source>
        <translation>有一个 playground 窗口未正常关闭。要恢复它在 {when} 保存的实验吗？</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Click to dismiss.</source>
        <translation>点击关闭。</translation>
    </message>
</context>
<context>
    <name>ColorScale</name>
    <message>
        <source>Colour scale: the value the network predicts at each place.</source>
        <translation>色标：网络在每个位置预测的值。</translation>
    </message>
    <message>
        <source>Colour scale: each column is one class ({classes}): pale where the network is no surer than chance, full colour where it is sure.</source>
        <translation>色标：每一列是一个类别（{classes}）：网络的把握不比随机猜测高时颜色浅，有把握时颜色饱满。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Colors</name>
    <message>
        <source>class {number}</source>
        <translation>类别 {number}</translation>
    </message>
</context>
<context>
    <name>ConceptsPanel</name>
    <message>
        <source>Activations</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Every activation f(z) and its derivative f′(z).</source>
        <translation>每个激活函数 f(z) 及其导数 f′(z)。</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <source>Every loss and its gradient, to compare how hard each one pushes.</source>
        <translation>每个损失函数及其梯度，比较各自推动学习的力度。</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation>梯度下降</translation>
    </message>
    <message>
        <source>Gradient descent on a single weight, step by step.</source>
        <translation>在单个权重上一步一步地做梯度下降。</translation>
    </message>
    <message>
        <source>Optimizers</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Optimizers racing down one surface from one start.</source>
        <translation>多个优化器从同一起点沿同一曲面赛跑下山。</translation>
    </message>
</context>
<context>
    <name>CurveList</name>
    <message>
        <source>Tick a name to draw its curve; click a name to highlight it.</source>
        <translation>勾选名称以画出其曲线；点击名称将其高亮。</translation>
    </message>
</context>
<context>
    <name>DataEditor</name>
    <message>
        <source>Not generated: {reason}</source>
        <translation>未生成：{reason}</translation>
    </message>
    <message>
        <source>Switch to {task}: generate {generator}</source>
        <translation>切换到{task}：生成{generator}</translation>
    </message>
    <message>
        <source>Switched to {task}; Ctrl+Z brings the {other} points back.</source>
        <translation>已切换到{task}；按 Ctrl+Z 可恢复{other} 的数据点。</translation>
    </message>
    <message>
        <source>Generate {generator}</source>
        <translation>生成{generator}</translation>
    </message>
    <message>
        <source>Change train share</source>
        <translation>更改训练占比</translation>
    </message>
    <message>
        <source>Back to {task}.</source>
        <translation>已回到{task}。</translation>
    </message>
</context>
<context>
    <name>DataModel</name>
    <message>
        <source>Clear points</source>
        <translation>清空数据点</translation>
    </message>
    <message>
        <source>Draw points</source>
        <translation>绘制数据点</translation>
    </message>
    <message>
        <source>Erase points</source>
        <translation>擦除数据点</translation>
    </message>
    <message>
        <source>Edit points</source>
        <translation>编辑数据点</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>{name}: {description}.</source>
        <translation>{name}：{description}。</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <source>Predict a class for each point, or a number.</source>
        <translation>为每个点预测一个类别（分类），或一个数值（回归）。</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>How much the points scatter away from the clean pattern.</source>
        <translation>数据点偏离无噪声图案的程度。</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>How many points the preset generates.</source>
        <translation>预设生成的数据点个数。</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <source>The classes in the data (drawing a new colour adds one); the presets with more than two arms or blobs make this many.</source>
        <translation>数据中的类别数（用新颜色绘制会增加一个类别）；螺旋臂或点团多于两个的预设会生成这么多类别。</translation>
    </message>
    <message>
        <source>Train %</source>
        <translation>训练 %</translation>
    </message>
    <message>
        <source>Percent of the points used for training; the rest test it.</source>
        <translation>用于训练的数据点所占的百分比；其余的用于测试。</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Draw a fresh sample of the preset with a new seed.</source>
        <translation>用新的随机种子重新生成一份预设数据。</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>绘制</translation>
    </message>
    <message>
        <source>Draw points of class {n} (key {key}).</source>
        <translation>绘制第 {n} 类的数据点（按键 {key}）。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>The value the brush paints in regression mode.</source>
        <translation>回归模式下画笔绘制的数值。</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>画笔</translation>
    </message>
    <message>
        <source>Radius of the spray brush and the eraser, in data units.</source>
        <translation>喷刷和橡皮擦的半径，以数据坐标为单位。</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>密度</translation>
    </message>
    <message>
        <source>Points the brush sprays per stroke step.</source>
        <translation>画笔每移动一步喷出的数据点个数。</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>橡皮擦</translation>
    </message>
    <message>
        <source>Left-drag erases points (right-drag always does).</source>
        <translation>按住左键拖动可擦除数据点（按住右键拖动总是擦除）。</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Click a point to see the network&apos;s prediction and its loss (Ctrl+click does it with any tool).</source>
        <translation>点击一个数据点，查看网络对它的预测及其损失（任何工具下按住 Ctrl 点击也可以）。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Remove every point (Ctrl+Z brings them back).</source>
        <translation>移除所有数据点（按 Ctrl+Z 可恢复）。</translation>
    </message>
    <message>
        <source>Show test data</source>
        <translation>显示测试数据</translation>
    </message>
    <message>
        <source>Draw the test points too, as outlined circles.</source>
        <translation>同时画出测试数据点，显示为空心圆。</translation>
    </message>
    <message>
        <source>Discretize output</source>
        <translation>离散化输出</translation>
    </message>
    <message>
        <source>Hard regions: each place coloured by its most likely class (regression: by the sign of the value).</source>
        <translation>硬划分区域：每处按其最可能的类别着色（回归：按数值的正负着色）。</translation>
    </message>
</context>
<context>
    <name>DescentView</name>
    <message>
        <source>creeping</source>
        <translation>缓慢爬行</translation>
    </message>
    <message>
        <source>each step covers less than a tenth of the way</source>
        <translation>每一步走不到剩余距离的十分之一</translation>
    </message>
    <message>
        <source>converging</source>
        <translation>收敛</translation>
    </message>
    <message>
        <source>w slides to the minimum from one side</source>
        <translation>w 从一侧滑向最小值</translation>
    </message>
    <message>
        <source>oscillating</source>
        <translation>振荡</translation>
    </message>
    <message>
        <source>w jumps across the minimum, but the jumps shrink</source>
        <translation>w 在最小值两侧来回跳，但跳动越来越小</translation>
    </message>
    <message>
        <source>diverging</source>
        <translation>发散</translation>
    </message>
    <message>
        <source>every jump overshoots further than the last</source>
        <translation>每一次跳跃都比上一次冲得更远</translation>
    </message>
    <message>
        <source>MSE: fit y = 2x</source>
        <translation>均方误差：拟合 y = 2x</translation>
    </message>
    <message>
        <source>Cross-entropy: logistic regression</source>
        <translation>交叉熵：逻辑回归</translation>
    </message>
    <message>
        <source>The one-weight model and loss to descend.</source>
        <translation>要做梯度下降的单权重模型及其损失函数。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Move w by one gradient step: w ← w − lr · slope.</source>
        <translation>让 w 走一步梯度下降：w ← w − lr · 斜率。</translation>
    </message>
    <message>
        <source>Take five steps a second until paused or diverged.</source>
        <translation>每秒走五步，直到暂停或发散。</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Put w back at its start and clear the trail.</source>
        <translation>把 w 放回起点并清除轨迹。</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Learning rate on a log scale: watch the regime change.</source>
        <translation>对数刻度上的学习率：观察下降状态如何变化。</translation>
    </message>
    <message>
        <source>What gradient descent does at this learning rate.</source>
        <translation>在这个学习率下梯度下降的表现。</translation>
    </message>
    <message>
        <source>Where the regimes change, from the loss&apos;s curvature L&apos;&apos;.</source>
        <translation>各状态的分界点，由损失函数的曲率 L&apos;&apos; 算出。</translation>
    </message>
    <message>
        <source>The step count and where the marker is.</source>
        <translation>已走的步数和标记点所在的位置。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Minimum at w* = {minimum}, curvature L″ = {curvature}: creeping below lr = {creep}, oscillating above 1/L″ = {oscillate}, diverging above 2/L″ = {diverge}.</source>
        <translation>最小值在 w* = {minimum}，曲率 L″ = {curvature}：lr 低于 {creep} 时缓慢爬行，高于 1/L″ = {oscillate} 时振荡，高于 2/L″ = {diverge} 时发散。</translation>
    </message>
    <message>
        <source>step {steps} · w = {w} · L(w) = {loss} · slope dL/dw = {slope}</source>
        <translation>第 {steps} 步 · w = {w} · L(w) = {loss} · 斜率 dL/dw = {slope}</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:{color}&apos;&gt;diverged&lt;/b&gt;: w left the plot, Reset</source>
        <translation>&lt;b style=&apos;color:{color}&apos;&gt;已发散&lt;/b&gt;：w 已离开图像范围，请重置</translation>
    </message>
    <message>
        <source>lr = {lr}: &lt;b style=&apos;color:{color}&apos;&gt;{regime}&lt;/b&gt;, {meaning} (near the minimum each step scales the gap by 1 − lr·L″ = {factor})</source>
        <translation>lr = {lr}：&lt;b style=&apos;color:{color}&apos;&gt;{regime}&lt;/b&gt;，{meaning}（在最小值附近，每一步把与最小值的差距乘以 1 − lr·L″ = {factor}）</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>A disc inside a ring</source>
        <translation>环中有一个圆盘</translation>
    </message>
    <message>
        <source>Four quadrants, alternating</source>
        <translation>四个象限，类别交替</translation>
    </message>
    <message>
        <source>Two Gaussian blobs</source>
        <translation>两团高斯分布的点</translation>
    </message>
    <message>
        <source>Two interleaved spirals</source>
        <translation>两条交错的螺旋</translation>
    </message>
    <message>
        <source>A spiral with k arms</source>
        <translation>有 k 条臂的螺旋</translation>
    </message>
    <message>
        <source>k Gaussian blobs on a ring</source>
        <translation>环上的 k 团高斯分布的点</translation>
    </message>
    <message>
        <source>Two interleaved half moons</source>
        <translation>两个交错的半月</translation>
    </message>
    <message>
        <source>A tilted plane, (x + y) / 10</source>
        <translation>倾斜的平面，(x + y) / 10</translation>
    </message>
    <message>
        <source>Six signed bumps</source>
        <translation>六个有正有负的凸起</translation>
    </message>
</context>
<context>
    <name>Experiments</name>
    <message>
        <source>Open experiment</source>
        <translation>打开实验</translation>
    </message>
    <message>
        <source>{name}[*] — playground</source>
        <translation>{name}[*] — playground</translation>
    </message>
    <message>
        <source>{generator} data</source>
        <translation>{generator} 数据</translation>
    </message>
    <message>
        <source>drawn data</source>
        <translation>手绘数据</translation>
    </message>
    <message>
        <source>Untitled experiment ({data})[*] — playground</source>
        <translation>未命名实验（{data}）[*] — playground</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Recording failed: {reason}</source>
        <translation>录制失败：{reason}</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Window as &amp;PNG…</source>
        <translation>窗口存为 &amp;PNG…</translation>
    </message>
    <message>
        <source>Window as PNG at &amp;2x…</source>
        <translation>窗口存为 PNG（&amp;2 倍）…</translation>
    </message>
    <message>
        <source>&amp;Canvas as PNG…</source>
        <translation>画布存为 PNG(&amp;C)…</translation>
    </message>
    <message>
        <source>Copy window to clip&amp;board</source>
        <translation>复制窗口到剪贴板(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Record / stop</source>
        <translation>录制 / 停止(&amp;R)</translation>
    </message>
    <message>
        <source>Pa&amp;use / resume recording</source>
        <translation>暂停 / 继续录制(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Edit caption…</source>
        <translation>编辑字幕(&amp;E)…</translation>
    </message>
    <message>
        <source>Show / hide caption</source>
        <translation>显示 / 隐藏字幕</translation>
    </message>
    <message>
        <source>Video format</source>
        <translation>视频格式</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>每秒帧数</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>录制范围</translation>
    </message>
    <message>
        <source>Encoder priority</source>
        <translation>编码器优先级</translation>
    </message>
    <message>
        <source>Output size</source>
        <translation>输出尺寸</translation>
    </message>
    <message>
        <source>the window&apos;s own size</source>
        <translation>窗口本身的尺寸</translation>
    </message>
    <message>
        <source>Draw the pointer</source>
        <translation>画出鼠标指针</translation>
    </message>
    <message>
        <source>Draw the mouse pointer into the video, with a ring at each click and a dashed trail for a right-drag.</source>
        <translation>把鼠标指针画进视频：每次点击显示一个圆环，右键拖动显示一条虚线轨迹。</translation>
    </message>
    <message>
        <source>Show the shortcuts pressed</source>
        <translation>显示按下的快捷键</translation>
    </message>
    <message>
        <source>Each shortcut pressed shows at the bottom of the video for a moment, with the name of what it does.</source>
        <translation>每按一个快捷键，视频底部会短暂显示它和它的功能名称。</translation>
    </message>
    <message>
        <source>Count down 3-2-1 first</source>
        <translation>先倒数 3-2-1</translation>
    </message>
    <message>
        <source>window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>canvas and loss plot</source>
        <translation>画布和损失图</translation>
    </message>
    <message>
        <source>background</source>
        <translation>后台</translation>
    </message>
    <message>
        <source>The encoder uses only idle CPU time: the smoothest window, but frames are dropped (repeated) when another program keeps the CPU busy.</source>
        <translation>编码器只用空闲的 CPU 时间：窗口最流畅，但其他程序占满 CPU 时会丢帧（重复上一帧）。</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>The encoder takes its share of the CPU: no dropped frames, a slightly less smooth window while recording.</source>
        <translation>编码器占用应得的 CPU 份额：不丢帧，录制时窗口略不流畅。</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Show the recording in the file manager.</source>
        <translation>在文件管理器中显示录制的文件。</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>未导出：{reason}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
    <message>
        <source>Copied a picture of the window.</source>
        <translation>已复制窗口截图。</translation>
    </message>
    <message>
        <source>Recording cancelled.</source>
        <translation>已取消录制。</translation>
    </message>
    <message>
        <source>Recording starts after the countdown; Ctrl+R cancels.</source>
        <translation>倒数结束后开始录制；按 Ctrl+R 取消。</translation>
    </message>
    <message>
        <source>Not recording: {reason}</source>
        <translation>未录制：{reason}</translation>
    </message>
    <message>
        <source>Recording {name} at {fps} frames/s; Ctrl+R stops, Ctrl+Shift+R pauses.</source>
        <translation>正在以每秒 {fps} 帧录制 {name}；按 Ctrl+R 停止，按 Ctrl+Shift+R 暂停。</translation>
    </message>
    <message>
        <source>Recording again; Ctrl+R stops.</source>
        <translation>继续录制；按 Ctrl+R 停止。</translation>
    </message>
    <message>
        <source>Recording paused: Ctrl+Shift+R goes on in the same file, Ctrl+R stops.</source>
        <translation>录制已暂停：按 Ctrl+Shift+R 在同一文件中继续，按 Ctrl+R 停止。</translation>
    </message>
    <message>
        <source>Finishing the recording…</source>
        <translation>正在完成录制…</translation>
    </message>
    <message>
        <source>Recorded {file} ({frames} frames, {seconds} s, {dropped} dropped and repeated: the encoder was short of CPU; Export &gt; Encoder priority &gt; normal avoids it)</source>
        <translation>已录制 {file}（{frames} 帧，{seconds} 秒，{dropped} 帧丢失并以上一帧代替：编码器 CPU 不足；导出 &gt; 编码器优先级 &gt; 普通 可避免）</translation>
    </message>
    <message>
        <source>Recorded {file} ({frames} frames, {seconds} s)</source>
        <translation>已录制 {file}（{frames} 帧，{seconds} 秒）</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>字幕</translation>
    </message>
    <message>
        <source>Caption line (empty hides it):</source>
        <translation>字幕文字（留空则隐藏）：</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Playground experiments (*.json)</source>
        <translation>playground 实验 (*.json)</translation>
    </message>
    <message>
        <source>Points (*.csv)</source>
        <translation>数据点 (*.csv)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open experiment…</source>
        <translation>打开实验(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import points (CSV)…</source>
        <translation>从 CSV 导入数据点(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export points (CSV)…</source>
        <translation>将数据点导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Open experiment</source>
        <translation>打开实验</translation>
    </message>
    <message>
        <source>Opening {path}…</source>
        <translation>正在打开 {path}…</translation>
    </message>
    <message>
        <source>Not opened: {reason}</source>
        <translation>未打开：{reason}</translation>
    </message>
    <message>
        <source>Save experiment</source>
        <translation>保存实验</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>Import points</source>
        <translation>导入数据点</translation>
    </message>
    <message>
        <source>Importing {path}…</source>
        <translation>正在导入 {path}…</translation>
    </message>
    <message>
        <source>Import of {name} dropped: the points changed while it was read</source>
        <translation>已放弃导入 {name}：读取期间数据点有了改动</translation>
    </message>
    <message>
        <source>Not imported: {reason}</source>
        <translation>未导入：{reason}</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>导入 {name}</translation>
    </message>
    <message>
        <source>Imported {n} points from {path}</source>
        <translation>已从 {path} 导入 {n} 个数据点</translation>
    </message>
    <message>
        <source>Export points</source>
        <translation>导出数据点</translation>
    </message>
    <message>
        <source>Not exported: cannot write {reason}</source>
        <translation>未导出：无法写入 {reason}</translation>
    </message>
    <message>
        <source>Exported the points to {path}</source>
        <translation>已将数据点导出到 {path}</translation>
    </message>
</context>
<context>
    <name>GradientPlot</name>
    <message>
        <source>Vanishing: early layers fall far below later ones. Exploding: norms shoot up.</source>
        <translation>梯度消失：前面的层远低于后面的层。梯度爆炸：范数急剧上升。</translation>
    </message>
    <message>
        <source>Gradient norm per layer</source>
        <translation>每层的梯度范数</translation>
    </message>
    <message>
        <source>gradient norm</source>
        <translation>梯度范数</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮</translation>
    </message>
    <message>
        <source>layer {number}</source>
        <translation>第 {number} 层</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出层</translation>
    </message>
</context>
<context>
    <name>HistoryTimeline</name>
    <message>
        <source>The timeline keeps run A&apos;s frames: click run A&apos;s tile to go back through them.</source>
        <translation>时间轴保存的是运行 A 的画面：点击运行 A 的卡片即可回看。</translation>
    </message>
</context>
<context>
    <name>InsideViews</name>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Train and test loss per epoch, and accuracy.</source>
        <translation>每轮的训练损失和测试损失，以及准确率。</translation>
    </message>
    <message>
        <source>Gradient flow</source>
        <translation>梯度流</translation>
    </message>
    <message>
        <source>Each layer&apos;s gradient size per epoch: see gradients vanish or explode.</source>
        <translation>每轮各层梯度的大小：观察梯度消失或梯度爆炸。</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>损失地形</translation>
    </message>
    <message>
        <source>The loss around the current weights, and the path the run took there.</source>
        <translation>当前权重周围的损失，以及运行到达这里所走的路径。</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>How each layer&apos;s weights are spread, live.</source>
        <translation>各层权重的实时分布。</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Confusion matrices or RMSE and R², and the point you Ctrl+clicked.</source>
        <translation>混淆矩阵或 RMSE 与 R²，以及你按 Ctrl+点击的数据点。</translation>
    </message>
</context>
<context>
    <name>KeysSheet</name>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Keyboard shortcuts — playground</source>
        <translation>键盘快捷键 — playground</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>What</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <source>the plane of the two directions the run moved most in (PCA of its path)</source>
        <translation>运行移动最多的两个方向所张成的平面（对其路径做主成分分析）</translation>
    </message>
    <message>
        <source>a plane of two random directions, each neuron&apos;s scaled to its weights (filter-normalised, Li et al. 2018)</source>
        <translation>由两个随机方向张成的平面，每个神经元的分量按其权重缩放（滤波器归一化，Li et al. 2018）</translation>
    </message>
    <message>
        <source>PCA of the path</source>
        <translation>路径的主成分 (PCA)</translation>
    </message>
    <message>
        <source>random, filter-normalised</source>
        <translation>随机，滤波器归一化</translation>
    </message>
    <message>
        <source>Plane:</source>
        <translation>平面：</translation>
    </message>
    <message>
        <source>Which plane through the current weights to draw.</source>
        <translation>选择穿过当前权重的哪个平面来绘制。</translation>
    </message>
    <message>
        <source>α (first direction)</source>
        <translation>α（第一方向）</translation>
    </message>
    <message>
        <source>β (second direction)</source>
        <translation>β（第二方向）</translation>
    </message>
    <message>
        <source>t (0 start, 1 now)</source>
        <translation>t（0 起点，1 当前）</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>The loss on the straight line from the initial weights (t = 0) to the current ones (t = 1), Goodfellow et al. 2015.</source>
        <translation>从初始权重（t = 0）到当前权重（t = 1）的直线上的损失（Goodfellow 等，2015）。</translation>
    </message>
    <message>
        <source>Waiting for the training process…</source>
        <translation>正在等待训练进程…</translation>
    </message>
    <message>
        <source>The loss around the current weights, at the centre.</source>
        <translation>当前权重（位于中心）周围的损失。</translation>
    </message>
    <message>
        <source>the loss is not finite anywhere on this plane</source>
        <translation>此平面上处处损失都不是有限值</translation>
    </message>
    <message>
        <source>; random plane: the path has not yet moved two ways</source>
        <translation>；随机平面：路径尚未朝两个方向移动</translation>
    </message>
    <message>
        <source>; grid on {points} of the {total} training points</source>
        <translation>；网格基于 {total} 个训练数据点中的 {points} 个</translation>
    </message>
    <message>
        <source>Centre: now, loss {loss}. Lighter is lower; the path runs from the square{notes}.</source>
        <translation>中心为当前权重，损失 {loss}。颜色越浅损失越低；路径从方块出发{notes}。</translation>
    </message>
    <message>
        <source>The training loss on {plane}, through the current weights (the centre).</source>
        <translation>在{plane}上的训练损失，平面穿过当前权重（中心）。</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <source>Playground</source>
        <translation>训练场</translation>
    </message>
    <message>
        <source>Concepts</source>
        <translation>概念</translation>
    </message>
    <message>
        <source>Activations, losses and gradient descent explained; training goes on meanwhile.</source>
        <translation>讲解激活函数、损失函数和梯度下降；训练同时继续。</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Float the {title} panel as a window of its own (double-click its title to dock it again).</source>
        <translation>让{title}面板浮动为独立窗口（双击其标题可重新停靠）。</translation>
    </message>
    <message>
        <source>Close the {title} panel; View &gt; {title} brings it back.</source>
        <translation>关闭{title}面板；视图 &gt; {title} 可重新打开。</translation>
    </message>
</context>
<context>
    <name>Leftovers</name>
    <message>
        <source>A recording was cut short last time; what it holds is kept in {names}</source>
        <translation>上次的录制被意外中断；已录下的内容保存在 {names}</translation>
    </message>
</context>
<context>
    <name>LessonActions</name>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>Start the lesson in {file}.</source>
        <translation>开始 {file} 中的课程。</translation>
    </message>
    <message>
        <source>Open lesson &amp;file…</source>
        <translation>打开课程文件(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>上一步(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Restart lesson</source>
        <translation>重新开始课程(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close lesson</source>
        <translation>关闭课程(&amp;C)</translation>
    </message>
    <message>
        <source>The lesson: its step, and what Next (→ or PageDown) does.</source>
        <translation>课程：当前步骤，以及“下一步”（→ 或 PgDown）会做什么。</translation>
    </message>
    <message>
        <source>This lesson has no text in the window&apos;s language: its title and captions are in English.</source>
        <translation>这门课程没有当前界面语言的文字：标题和字幕以英文显示。</translation>
    </message>
    <message>
        <source>Lesson not opened: {err}</source>
        <translation>课程未打开：{err}</translation>
    </message>
    <message>
        <source>Lesson opened: {title}.</source>
        <translation>已打开课程：{title}。</translation>
    </message>
    <message>
        <source>Your experiment was kept in {path} (File &gt; Open brings it back).</source>
        <translation>你的实验已保存在 {path}（用“文件 &gt; 打开实验”可恢复）。</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>Lessons (*.toml);;All files (*)</source>
        <translation>课程 (*.toml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>training…</source>
        <translation>训练中…</translation>
    </message>
    <message>
        <source>showing…</source>
        <translation>展示中…</translation>
    </message>
    <message>
        <source>→ or PageDown for the next step</source>
        <translation>按 → 或 PgDown 进入下一步</translation>
    </message>
    <message>
        <source>done: Ctrl+Shift+L restarts</source>
        <translation>已完成：Ctrl+Shift+L 重新开始</translation>
    </message>
    <message>
        <source>Lesson: {title}  ·  step {step} of {total}  ·  {doing}</source>
        <translation>课程：{title}  ·  第 {step}/{total} 步  ·  {doing}</translation>
    </message>
    <message>
        <source>in English: the lesson has no text in this language</source>
        <translation>以英文显示：这门课程没有该语言的文字</translation>
    </message>
</context>
<context>
    <name>LessonRender</name>
    <message>
        <source>Step {number}</source>
        <translation>第 {number} 步</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level: speak so the bar stays green; red means too loud</source>
        <translation>麦克风音量：说话时让音量条保持绿色；红色表示声音过大</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>log scale</source>
        <translation>对数坐标</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis, so late small improvements stay visible</source>
        <translation>在对数坐标轴上显示损失，让后期的微小改进也能看清</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>▲ diverged</source>
        <translation>▲ 发散</translation>
    </message>
    <message>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
</context>
<context>
    <name>LossView</name>
    <message>
        <source>p, the predicted probability of the true class</source>
        <translation>p，真实类别的预测概率</translation>
    </message>
    <message>
        <source>d loss / d s_true</source>
        <translation>d 损失 / d s_true</translation>
    </message>
    <message>
        <source>Two classes, one sample: scores [z/2, −z/2] with z = logit(p), label 0. On a confident mistake (p → 0) the MSE gradient vanishes, so learning stalls; cross-entropy&apos;s stays near −1 and keeps pushing.</source>
        <translation>两个类别、一个样本：得分为 [z/2, −z/2]，其中 z = logit(p)，标签为 0。对于很有把握的错误预测 (p → 0)，均方误差的梯度趋于消失，学习停滞；交叉熵的梯度保持在 −1 附近，继续推动学习。</translation>
    </message>
    <message>
        <source>e = prediction − target</source>
        <translation>e = 预测值 − 真实值</translation>
    </message>
    <message>
        <source>d loss / d prediction</source>
        <translation>d 损失 / d 预测值</translation>
    </message>
    <message>
        <source>One sample, target 0. MSE&apos;s gradient grows with the error (outliers pull hard), MAE&apos;s is always ±1, Huber&apos;s grows with the error up to δ = 1 and then stays at ±1.</source>
        <translation>一个样本，真实值为 0。均方误差的梯度随误差增大（离群点拉得很猛）；平均绝对误差的梯度始终为 ±1；Huber 损失的梯度在 δ = 1 以内随误差增大，之后保持为 ±1。</translation>
    </message>
    <message>
        <source>Show the losses for classification or for regression.</source>
        <translation>显示分类或回归的损失函数。</translation>
    </message>
    <message>
        <source>How the curves are made, and what to look for in them.</source>
        <translation>曲线是怎样画出来的，以及从中该看什么。</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Draw points or pick a preset, then press Space to train.</source>
        <translation>画出数据点或选择一个预设，然后按 Space 开始训练。</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Play/pause</source>
        <translation>开始/暂停</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Back (in a lesson)</source>
        <translation>后退（课程中）</translation>
    </message>
    <message>
        <source>Step one batch</source>
        <translation>单步一批</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Step (presenter remote)</source>
        <translation>单步（翻页笔）</translation>
    </message>
    <message>
        <source>Play/pause (presenter remote)</source>
        <translation>开始/暂停（翻页笔）</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>Focus canvas</source>
        <translation>专注画布</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>深色主题</translation>
    </message>
    <message>
        <source>Class {number}</source>
        <translation>类别 {number}</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>重置布局</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Training diverged; press Reset (R) before playing again.</source>
        <translation>训练已发散；请先按重置 (R) 再开始。</translation>
    </message>
    <message>
        <source>Presentation mode on: F5 to leave.</source>
        <translation>演示模式已开启：按 F5 退出。</translation>
    </message>
    <message>
        <source>Presentation mode off.</source>
        <translation>演示模式已关闭。</translation>
    </message>
    <message>
        <source>Focus canvas: F11 to bring the rest back.</source>
        <translation>专注画布：按 F11 恢复其余部分。</translation>
    </message>
    <message>
        <source>Redo stroke</source>
        <translation>重做笔画</translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation>撤销笔画</translation>
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message>
        <source>Point {point}, a training point of {label}</source>
        <translation>数据点 {point}，属于 {label} 的训练数据点</translation>
    </message>
    <message>
        <source>Point {point}, a test point of {label}</source>
        <translation>数据点 {point}，属于 {label} 的测试数据点</translation>
    </message>
    <message>
        <source>Predicted: {classes}</source>
        <translation>预测：{classes}</translation>
    </message>
    <message>
        <source>Point {point}, a training point with value {value}</source>
        <translation>数据点 {point}，值为 {value} 的训练数据点</translation>
    </message>
    <message>
        <source>Point {point}, a test point with value {value}</source>
        <translation>数据点 {point}，值为 {value} 的测试数据点</translation>
    </message>
    <message>
        <source>Predicted value: {value}</source>
        <translation>预测值：{value}</translation>
    </message>
    <message>
        <source>not finite</source>
        <translation>非有限值</translation>
    </message>
    <message>
        <source>Its loss ({loss}): {value}</source>
        <translation>它的损失（{loss}）：{value}</translation>
    </message>
    <message>
        <source>Click a data point to see its details.</source>
        <translation>点击一个数据点查看其详情。</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>表现</translation>
    </message>
    <message>
        <source>Clicked point</source>
        <translation>点击的数据点</translation>
    </message>
    <message>
        <source>Rows: true class. Columns: predicted class.</source>
        <translation>行：真实类别。列：预测类别。</translation>
    </message>
    <message>
        <source>How many points (train and test) each class has.</source>
        <translation>每个类别有多少个数据点（训练和测试）。</translation>
    </message>
    <message>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Share of train points whose predicted class is their true class.</source>
        <translation>预测类别等于真实类别的训练数据点所占的比例。</translation>
    </message>
    <message>
        <source>Share of test points whose predicted class is their true class.</source>
        <translation>预测类别等于真实类别的测试数据点所占的比例。</translation>
    </message>
    <message>
        <source>Train points counted by true class (row) and predicted class (column); the shaded diagonal counts the correct ones.</source>
        <translation>按真实类别（行）和预测类别（列）统计的训练数据点；带底色的对角线是预测正确的个数。</translation>
    </message>
    <message>
        <source>Test points counted by true class (row) and predicted class (column); the shaded diagonal counts the correct ones.</source>
        <translation>按真实类别（行）和预测类别（列）统计的测试数据点；带底色的对角线是预测正确的个数。</translation>
    </message>
    <message>
        <source>Root mean squared error: the typical size of a prediction&apos;s miss.</source>
        <translation>均方根误差：预测偏差的典型大小。</translation>
    </message>
    <message>
        <source>Share of the targets&apos; variance the network explains: 1 is perfect, 0 no better than the mean.</source>
        <translation>网络解释的目标值方差所占的比例：1 为完美，0 表示不比直接用均值好。</translation>
    </message>
    <message>
        <source>Details of the data point you last clicked on the canvas.</source>
        <translation>你上次在画布上点击的数据点的详情。</translation>
    </message>
    <message>
        <source>accuracy {share}</source>
        <translation>准确率 {share}</translation>
    </message>
    <message>
        <source>points per class: {classes}</source>
        <translation>每个类别的数据点：{classes}</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation>S 型函数</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>双曲正切</translation>
    </message>
    <message>
        <source>relu</source>
        <translation>线性整流</translation>
    </message>
    <message>
        <source>leaky_relu</source>
        <translation>带泄漏线性整流</translation>
    </message>
    <message>
        <source>elu</source>
        <translation>指数线性单元</translation>
    </message>
    <message>
        <source>softplus</source>
        <translation>平滑整流</translation>
    </message>
    <message>
        <source>gelu</source>
        <translation>高斯误差线性单元</translation>
    </message>
    <message>
        <source>silu</source>
        <translation>S 型线性单元</translation>
    </message>
    <message>
        <source>sine</source>
        <translation>正弦</translation>
    </message>
    <message>
        <source>cross_entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <source>mse</source>
        <translation>均方误差</translation>
    </message>
    <message>
        <source>bce</source>
        <translation>二元交叉熵</translation>
    </message>
    <message>
        <source>hinge</source>
        <translation>合页损失</translation>
    </message>
    <message>
        <source>focal</source>
        <translation>焦点损失</translation>
    </message>
    <message>
        <source>mae</source>
        <translation>平均绝对误差</translation>
    </message>
    <message>
        <source>huber</source>
        <translation>Huber 损失</translation>
    </message>
    <message>
        <source>sgd</source>
        <translation>随机梯度下降</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>nesterov</source>
        <translation>Nesterov 动量</translation>
    </message>
    <message>
        <source>adagrad</source>
        <translation>自适应梯度</translation>
    </message>
    <message>
        <source>rmsprop</source>
        <translation>均方根传播</translation>
    </message>
    <message>
        <source>adam</source>
        <translation>自适应矩估计</translation>
    </message>
    <message>
        <source>xavier</source>
        <translation>Xavier 均匀</translation>
    </message>
    <message>
        <source>he</source>
        <translation>He 正态</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>均匀</translation>
    </message>
    <message>
        <source>zeros</source>
        <translation>全零</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>l1</source>
        <translation>L1 正则化</translation>
    </message>
    <message>
        <source>l2</source>
        <translation>L2 正则化</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>圆环</translation>
    </message>
    <message>
        <source>xor</source>
        <translation>异或</translation>
    </message>
    <message>
        <source>gauss</source>
        <translation>高斯</translation>
    </message>
    <message>
        <source>spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <source>spiral_k</source>
        <translation>多臂螺旋</translation>
    </message>
    <message>
        <source>blobs</source>
        <translation>团簇</translation>
    </message>
    <message>
        <source>moons</source>
        <translation>双月</translation>
    </message>
    <message>
        <source>plane</source>
        <translation>斜面</translation>
    </message>
    <message>
        <source>reg_gauss</source>
        <translation>高斯凸起</translation>
    </message>
    <message>
        <source>ravine</source>
        <translation>峡谷</translation>
    </message>
    <message>
        <source>rosenbrock</source>
        <translation>香蕉函数</translation>
    </message>
    <message>
        <source>beale</source>
        <translation>Beale 函数</translation>
    </message>
    <message>
        <source>saddle</source>
        <translation>鞍面</translation>
    </message>
    <message>
        <source>himmelblau</source>
        <translation>Himmelblau 函数</translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message>
        <source>Narration needs the Python package sounddevice, which is not installed.</source>
        <translation>旁白需要 Python 包 sounddevice，但它尚未安装。</translation>
    </message>
    <message>
        <source>Narration needs the PortAudio sound library (on Debian or Ubuntu: libportaudio2), which is not installed.</source>
        <translation>旁白需要 PortAudio 声音库（Debian 或 Ubuntu 上为 libportaudio2），但它尚未安装。</translation>
    </message>
    <message>
        <source>The sound system could not list the microphones.</source>
        <translation>声音系统无法列出麦克风。</translation>
    </message>
    <message>
        <source>No microphone found: connect one, then open the recording options again.</source>
        <translation>未找到麦克风：请连接麦克风，然后重新打开录制选项。</translation>
    </message>
    <message>
        <source>The microphone {name} could not be opened: {reason}</source>
        <translation>无法打开麦克风 {name}：{reason}</translation>
    </message>
    <message>
        <source>The narration could not be finished in time.</source>
        <translation>旁白未能及时写完。</translation>
    </message>
    <message>
        <source>The narration {name} could not be written: {reason}</source>
        <translation>无法写入旁白 {name}：{reason}</translation>
    </message>
</context>
<context>
    <name>NarrationControl</name>
    <message>
        <source>Record narration (microphone)</source>
        <translation>录制旁白（麦克风）</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <source>Record your voice with the video, in step with it; the meter beside REC shows how loud it is.</source>
        <translation>与视频同步录下你的声音；REC 旁的音量条显示声音有多大。</translation>
    </message>
    <message>
        <source>Recording without narration: {reason}</source>
        <translation>录制不含旁白：{reason}</translation>
    </message>
    <message>
        <source>The narration could not be added ({reason}); the video is kept without it, the narration beside it: {wav}</source>
        <translation>无法加入旁白（{reason}）；视频已保存但不含旁白，旁白保存在它旁边：{wav}</translation>
    </message>
    <message>
        <source>The microphone stopped sending sound at {time}: the video goes on, its narration is silent from there. Check the microphone, then record again.</source>
        <translation>麦克风在 {time} 停止发送声音：视频继续录制，从那时起旁白是静音的。请检查麦克风，然后重新录制。</translation>
    </message>
</context>
<context>
    <name>NetworkEdits</name>
    <message>
        <source>Run {name}: layers or features changed, fresh weights.</source>
        <translation>运行 {name}：层或特征已改变，换用新的初始权重。</translation>
    </message>
    <message>
        <source>Run {name}: training continues from its current weights.</source>
        <translation>运行 {name}：从当前权重继续训练。</translation>
    </message>
    <message>
        <source>Layers or features changed: the network was rebuilt with fresh weights.</source>
        <translation>层或特征已改变：网络已用新的初始权重重建。</translation>
    </message>
    <message>
        <source>Training continues from the current weights.</source>
        <translation>从当前权重继续训练。</translation>
    </message>
    <message>
        <source>The canvas, plots and side panels show run {name}.</source>
        <translation>画布、曲线和侧边面板显示运行 {name}。</translation>
    </message>
    <message>
        <source>The canvas shows the network&apos;s output again.</source>
        <translation>画布重新显示网络的输出。</translation>
    </message>
    <message>
        <source>The canvas shows the output, neuron {neuron}; click it again for the output.</source>
        <translation>画布显示输出层第 {neuron} 个神经元；再次点击它即回到网络的输出。</translation>
    </message>
    <message>
        <source>The canvas shows layer {layer}, neuron {neuron}; click it again for the output.</source>
        <translation>画布显示第 {layer} 层第 {neuron} 个神经元；再次点击它即回到网络的输出。</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <source>Glorot uniform: keeps signal size steady through tanh layers</source>
        <translation>Glorot 均匀分布：让信号大小在各 tanh 层间保持稳定</translation>
    </message>
    <message>
        <source>Kaiming normal: sized for ReLU layers</source>
        <translation>Kaiming 正态分布：尺度按 ReLU 层设定</translation>
    </message>
    <message>
        <source>The web playground&apos;s U(-0.5, 0.5) weights and 0.1 biases</source>
        <translation>网页版 Playground 的做法：权重取自 U(-0.5, 0.5)，偏置为 0.1</translation>
    </message>
    <message>
        <source>All zeros: every neuron stays identical, to show why starts must differ</source>
        <translation>全零：每个神经元始终一模一样，用来说明初始值为何必须各不相同</translation>
    </message>
    <message>
        <source>Feed {feature} to the network as an input.</source>
        <translation>把 {feature} 作为输入送入网络。</translation>
    </message>
    <message>
        <source>Input features</source>
        <translation>输入特征</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>the number of hidden layers</source>
        <translation>隐藏层的层数</translation>
    </message>
    <message>
        <source>Decrease the number of hidden layers</source>
        <translation>减少隐藏层的层数</translation>
    </message>
    <message>
        <source>Increase the number of hidden layers</source>
        <translation>增加隐藏层的层数</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>The function every hidden neuron applies to its weighted sum.</source>
        <translation>每个隐藏层神经元作用在其加权和上的函数。</translation>
    </message>
    <message>
        <source>Weight init</source>
        <translation>权重初始化</translation>
    </message>
    <message>
        <source>How the weights are drawn at the next reset.</source>
        <translation>下次重置时如何随机生成权重。</translation>
    </message>
    <message>
        <source>Layer {n}</source>
        <translation>第 {n} 层</translation>
    </message>
    <message>
        <source>neurons</source>
        <translation>个神经元</translation>
    </message>
    <message>
        <source>the number of neurons in hidden layer {n}</source>
        <translation>第 {n} 个隐藏层的神经元数</translation>
    </message>
    <message>
        <source>Decrease the number of neurons in hidden layer {n}</source>
        <translation>减少第 {n} 个隐藏层的神经元数</translation>
    </message>
    <message>
        <source>Increase the number of neurons in hidden layer {n}</source>
        <translation>增加第 {n} 个隐藏层的神经元数</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>In</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Layer {n}</source>
        <translation>第 {n} 层</translation>
    </message>
    <message>
        <source>L{n}</source>
        <translation>L{n}</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>1 neuron</source>
        <translation>1 个神经元</translation>
    </message>
    <message>
        <source>{n} neurons</source>
        <translation>{n} 个神经元</translation>
    </message>
    <message>
        <source>1 hidden layer</source>
        <translation>1 个隐藏层</translation>
    </message>
    <message>
        <source>{n} hidden layers</source>
        <translation>{n} 个隐藏层</translation>
    </message>
    <message>
        <source>Remove a hidden layer</source>
        <translation>删除一个隐藏层</translation>
    </message>
    <message>
        <source>Add a hidden layer</source>
        <translation>添加一个隐藏层</translation>
    </message>
    <message>
        <source>Remove a neuron from layer {n}</source>
        <translation>从第 {n} 层删除一个神经元</translation>
    </message>
    <message>
        <source>Add a neuron in layer {n}</source>
        <translation>在第 {n} 层添加一个神经元</translation>
    </message>
    <message>
        <source>sum of w x + b</source>
        <translation>加权和 w x + b</translation>
    </message>
    <message>
        <source>{formula} with z = {sum}</source>
        <translation>{formula}，其中 z = {sum}</translation>
    </message>
    <message>
        <source>The network: click a link or bias to edit it, a neuron to show its map on the canvas.</source>
        <translation>网络：点击连线或偏置可编辑它，点击神经元可在画布上显示它的输出。</translation>
    </message>
    <message>
        <source>w = {w} (from {source} to {target})</source>
        <translation>w = {w}（从{source}到{target}）</translation>
    </message>
    <message>
        <source>Input {name}, over the plane</source>
        <translation>输入 {name} 在整个平面上的值</translation>
    </message>
    <message>
        <source>b = {b} (bias of {name}); click to edit</source>
        <translation>b = {b}（{name}的偏置）；点击可编辑</translation>
    </message>
    <message>
        <source>Layer {layer}, neuron {neuron}: {formula}</source>
        <translation>第 {layer} 层第 {neuron} 个神经元：{formula}</translation>
    </message>
    <message>
        <source>Output: value = {sum}</source>
        <translation>输出：数值 = {sum}</translation>
    </message>
    <message>
        <source>Output, {cls}: probability from the scores {sum}</source>
        <translation>输出，{cls}：由得分 {sum} 算出的概率</translation>
    </message>
    <message>
        <source>{text}; b = {b}
Click to show it over the data; again to go back</source>
        <translation>{text}；b = {b}
点击可在数据上显示它；再次点击即返回</translation>
    </message>
    <message>
        <source>layer {layer}, neuron {neuron}</source>
        <translation>第 {layer} 层第 {neuron} 个神经元</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>output, {cls}</source>
        <translation>输出（{cls}）</translation>
    </message>
</context>
<context>
    <name>RaceView</name>
    <message>
        <source>SGD zig-zags across the narrow valley; momentum overshoots the minimum and rolls back; Adagrad&apos;s steps shrink as its squared gradients add up; Adam takes steps of about the same size in x and y, so it cuts across the valley and curves in.</source>
        <translation>SGD 在狭窄的山谷里来回呈之字形；Momentum 冲过最小值后又滚回来；AdaGrad 的步子随梯度平方的累加而变小；Adam 在 x 和 y 方向上的步长大致相同，所以它斜穿山谷、弯向最小值。</translation>
    </message>
    <message>
        <source>Race {name} (the same update rule that trains the network).</source>
        <translation>让 {name} 参加赛跑（与训练网络时相同的更新规则）。</translation>
    </message>
    <message>
        <source>{name}&apos;s learning rate; changes apply at the next step.</source>
        <translation>{name} 的学习率；改动从下一步起生效。</translation>
    </message>
    <message>
        <source>{name}&apos;s {option}</source>
        <translation>{name} 的 {option}</translation>
    </message>
    <message>
        <source>The surface&apos;s value where {name} is now.</source>
        <translation>{name} 当前所在位置的曲面值。</translation>
    </message>
    <message>
        <source>The surface to race on; click it to move the start.</source>
        <translation>赛跑所在的曲面；点击曲面可移动起点。</translation>
    </message>
    <message>
        <source>Textbook race</source>
        <translation>教材赛跑</translation>
    </message>
    <message>
        <source>SGD 0.95, momentum 0.1, Adagrad 1.5, Adam 0.3 on x²/20 + y² from (-7, 2), as in Saito&apos;s chapter 6.</source>
        <translation>SGD 0.95、Momentum 0.1、AdaGrad 1.5、Adam 0.3，在 x²/20 + y² 上从 (-7, 2) 出发，同斋藤康毅《深度学习入门》第 6 章。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>One step for every optimizer.</source>
        <translation>每个优化器走一步。</translation>
    </message>
    <message>
        <source>Step every optimizer again and again until paused.</source>
        <translation>让每个优化器一步接一步地走，直到暂停。</translation>
    </message>
    <message>
        <source>{n} steps/s</source>
        <translation>每秒 {n} 步</translation>
    </message>
    <message>
        <source>How fast Play steps.</source>
        <translation>开始后每秒走几步。</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Every optimizer back at the start, its state forgotten.</source>
        <translation>每个优化器回到起点，并清空其内部状态。</translation>
    </message>
    <message>
        <source>What to look for in this race.</source>
        <translation>这场赛跑中值得留意的地方。</translation>
    </message>
    <message>
        <source>Optimizers, learning rates and options:</source>
        <translation>优化器、学习率和选项：</translation>
    </message>
    <message>
        <source>Click the surface to start from another point; change a learning rate while they run.</source>
        <translation>点击曲面可从另一点出发；赛跑进行中也可以修改学习率。</translation>
    </message>
    <message>
        <source>Not applied to {name}: {reason}</source>
        <translation>未应用于 {name}：{reason}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>loss now</source>
        <translation>当前损失</translation>
    </message>
    <message>
        <source>diverged at step {step}</source>
        <translation>第 {step} 步发散</translation>
    </message>
    <message>
        <source>not finite</source>
        <translation>非有限值</translation>
    </message>
</context>
<context>
    <name>RecordingIndicator</name>
    <message>
        <source>Recording (Ctrl+R stops)</source>
        <translation>正在录制（按 Ctrl+R 停止）</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
</context>
<context>
    <name>Run</name>
    <message>
        <source>Run {name}: {message}</source>
        <translation>运行 {name}：{message}</translation>
    </message>
    <message>
        <source>Training stopped: {reason}. Press R to start again.</source>
        <translation>训练已停止：{reason}。按 R 重新开始。</translation>
    </message>
    <message>
        <source>Run {name} stopped: {reason}. Press R to start it again.</source>
        <translation>运行 {name} 已停止：{reason}。按 R 重新开始。</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <source>max speed</source>
        <translation>最快</translation>
    </message>
    <message>
        <source>1 epoch/s</source>
        <translation>1 轮/秒</translation>
    </message>
    <message>
        <source>{n} epochs/s</source>
        <translation>{n} 轮/秒</translation>
    </message>
    <message>
        <source>Start or pause training (Space).</source>
        <translation>开始或暂停训练（空格键）。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Train one epoch while paused (Right arrow; Shift+Right: one batch).</source>
        <translation>暂停时训练一轮（右方向键；Shift+右方向键：一批）。</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Start again from fresh weights (R).</source>
        <translation>用新的初始权重重新开始（R）。</translation>
    </message>
    <message>
        <source>Slow training down to explain it, or let it run at full speed.</source>
        <translation>放慢训练以便讲解，或全速运行。</translation>
    </message>
    <message>
        <source>The run the canvas, diagram, plots and these numbers show: click a run&apos;s tile to show another.</source>
        <translation>画布、网络图、曲线和这些数字所显示的运行：点击某个运行的卡片即可切换。</translation>
    </message>
    <message>
        <source>Epochs trained: one epoch is one pass over the training points.</source>
        <translation>已训练的轮数：一轮即把训练数据完整过一遍。</translation>
    </message>
    <message>
        <source>The latest train and test loss and accuracy, and training speed.</source>
        <translation>最新的训练与测试损失、准确率和训练速度。</translation>
    </message>
    <message>
        <source>▶  Play</source>
        <translation>▶  开始</translation>
    </message>
    <message>
        <source>❚❚  Pause</source>
        <translation>❚❚  暂停</translation>
    </message>
    <message>
        <source>Run {name}</source>
        <translation>运行 {name}</translation>
    </message>
    <message>
        <source>Epoch {n}</source>
        <translation>第 {n} 轮</translation>
    </message>
    <message>
        <source>diverged in epoch {n}</source>
        <translation>在第 {n} 轮发散</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <source>train acc</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>test acc</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>train RMSE</source>
        <translation>训练 RMSE</translation>
    </message>
    <message>
        <source>test RMSE</source>
        <translation>测试 RMSE</translation>
    </message>
    <message>
        <source>paused (was {n} epochs/s)</source>
        <translation>已暂停（此前 {n} 轮/秒）</translation>
    </message>
    <message>
        <source>Press Space to train.</source>
        <translation>按空格键开始训练。</translation>
    </message>
</context>
<context>
    <name>RunDisplay</name>
    <message>
        <source>Waiting for data: {reason}</source>
        <translation>正在等待数据：{reason}</translation>
    </message>
    <message>
        <source>Training paused because it diverged.</source>
        <translation>训练已发散，因此已暂停。</translation>
    </message>
    <message>
        <source>Training diverged: {reason}. The canvas and plots show epoch {epoch}, the last finite one; press R to reset.</source>
        <translation>训练已发散：{reason}。画布和图表显示的是第 {epoch} 轮，即最后一个有限值的轮次；按 R 重置。</translation>
    </message>
    <message>
        <source>the loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>the weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>the train loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>the test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <source>lower the learning rate</source>
        <translation>请降低学习率</translation>
    </message>
    <message>
        <source>non-finite</source>
        <translation>非有限值</translation>
    </message>
    <message>
        <source>{what} became {value} at epoch {epoch}</source>
        <translation>{what}在第 {epoch} 轮变为 {value}</translation>
    </message>
    <message>
        <source>{what} became {value} at epoch {epoch}, step {step}</source>
        <translation>{what}在第 {epoch} 轮第 {step} 步变为 {value}</translation>
    </message>
    <message>
        <source>{what}: {advice}</source>
        <translation>{what}，{advice}</translation>
    </message>
</context>
<context>
    <name>RunTile</name>
    <message>
        <source>features</source>
        <translation>特征</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>init</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>smoothing</source>
        <translation>标签平滑</translation>
    </message>
    <message>
        <source>focal γ</source>
        <translation>focal γ</translation>
    </message>
    <message>
        <source>huber δ</source>
        <translation>huber δ</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>reg</source>
        <translation>正则化</translation>
    </message>
    <message>
        <source>reg rate</source>
        <translation>正则化率</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>随机失活</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{setting} {value}</source>
        <translation>{setting} {value}</translation>
    </message>
    <message>
        <source>Close run {name}: stop its training and remove its curves.</source>
        <translation>关闭运行 {name}：停止它的训练并移除它的曲线。</translation>
    </message>
    <message>
        <source>Run {name}: shown in the canvas, diagram and plots, edited in the side panels.</source>
        <translation>运行 {name}：显示在画布、网络图和图表中，在侧面板中编辑。</translation>
    </message>
    <message>
        <source>Run {name}: click to show it in the canvas, diagram and plots and edit it in the side panels.</source>
        <translation>运行 {name}：点击后在画布、网络图和图表中显示它，并在侧面板中编辑。</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Epoch {n}</source>
        <translation>第 {n} 轮</translation>
    </message>
    <message>
        <source>  diverged</source>
        <translation>  已发散</translation>
    </message>
    <message>
        <source>Run {name}&apos;s train loss</source>
        <translation>运行 {name} 的训练损失</translation>
    </message>
    <message>
        <source>Run {name}&apos;s test loss</source>
        <translation>运行 {name} 的测试损失</translation>
    </message>
    <message>
        <source>Run {name}</source>
        <translation>运行 {name}</translation>
    </message>
    <message>
        <source>train {value}</source>
        <translation>训练 {value}</translation>
    </message>
    <message>
        <source>test {value}</source>
        <translation>测试 {value}</translation>
    </message>
    <message>
        <source>the original</source>
        <translation>原始运行</translation>
    </message>
    <message>
        <source>Run A: the forks are copies of it.</source>
        <translation>运行 A：各分支运行都是它的副本。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Run {name}: {settings}</source>
        <translation>运行 {name}：{settings}</translation>
    </message>
    <message>
        <source>same settings as A</source>
        <translation>设置与 A 相同</translation>
    </message>
    <message>
        <source>Run {name}: {settings} (so far: change one in the side panels)</source>
        <translation>运行 {name}：{settings}（目前如此：可在侧面板中修改一项）</translation>
    </message>
</context>
<context>
    <name>Runs</name>
    <message>
        <source>Not forked: {count} runs is the most. Close one first (its × or Runs &gt; Close forks).</source>
        <translation>未创建分支：最多 {count} 个运行。请先关闭一个（点它的 × 或 运行 &gt; 关闭分支）。</translation>
    </message>
    <message>
        <source>Not forked: there is a run {name} already.</source>
        <translation>未创建分支：已有运行 {name}。</translation>
    </message>
    <message>
        <source>Not forked: {reason}</source>
        <translation>未创建分支：{reason}</translation>
    </message>
    <message>
        <source>Not forked: a fork trains on the same data, so on the same task.</source>
        <translation>未创建分支：分支用相同的数据训练，因此任务也必须相同。</translation>
    </message>
    <message>
        <source>Not forked: run A&apos;s training stopped; press R first.</source>
        <translation>未创建分支：运行 A 的训练已停止；请先按 R。</translation>
    </message>
    <message>
        <source>Run {name} is a copy of run A; training is paused. Change a setting in either, then press Space.</source>
        <translation>运行 {name} 是运行 A 的副本；训练已暂停。在任一运行中修改设置，然后按 Space。</translation>
    </message>
    <message>
        <source>Run {names} has other layers or features than run A, so it starts from fresh weights of its own.</source>
        <translation>运行 {names} 的层或特征与运行 A 不同，因此从它自己的新权重开始。</translation>
    </message>
    <message>
        <source>Run {name} was closed: run A stopped before it could be copied.</source>
        <translation>运行 {name} 已关闭：运行 A 在复制前就停止了。</translation>
    </message>
</context>
<context>
    <name>RunsMenu</name>
    <message>
        <source>&amp;Runs</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Fork run</source>
        <translation>创建分支(&amp;F)</translation>
    </message>
    <message>
        <source>Copy run A (weights, optimizer, data, history) into a new run to compare.</source>
        <translation>把运行 A（权重、优化器、数据、历史）复制为新的运行，用来比较。</translation>
    </message>
    <message>
        <source>&amp;Close forks</source>
        <translation>关闭分支(&amp;C)</translation>
    </message>
    <message>
        <source>Stop every forked run and keep run A.</source>
        <translation>停止所有分支运行，保留运行 A。</translation>
    </message>
    <message>
        <source>Same start: reset all runs to run A&apos;s initial weights</source>
        <translation>相同起点：重置时所有运行都用运行 A 的初始权重</translation>
    </message>
    <message>
        <source>Reset gives every fork run A&apos;s new starting weights, so comparisons start equal.</source>
        <translation>重置时每个分支都得到运行 A 的新初始权重，让比较从相同起点开始。</translation>
    </message>
    <message>
        <source>Run {name} is a paused copy of run A; the side panels now edit it (click a run to switch). Change a setting, then press Space.</source>
        <translation>运行 {name} 是运行 A 的暂停副本；侧边面板现在编辑它（点击某个运行可切换）。修改一项设置，然后按 Space。</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Not applied: {reason}</source>
        <translation>未应用：{reason}</translation>
    </message>
    <message>
        <source>Not applied to run {run}: {reason}</source>
        <translation>未应用到运行 {run}：{reason}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Drag back through earlier boundaries of this run; training goes on meanwhile. The right end is live.</source>
        <translation>向回拖动可查看此运行更早的决策边界，训练同时继续。最右端为实时。</translation>
    </message>
    <message>
        <source>The epoch of the boundary shown in the canvas.</source>
        <translation>画布中所显示决策边界的轮次。</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Show the live boundary again (the slider&apos;s right end does too).</source>
        <translation>重新显示实时的决策边界（拖到滑块最右端也可以）。</translation>
    </message>
    <message>
        <source>Onion skin</source>
        <translation>洋葱皮</translation>
    </message>
    <message>
        <source>Draw three earlier decision boundaries faintly over the shown one, older ones fainter.</source>
        <translation>在当前决策边界上淡淡地叠加三个更早的决策边界，越早越淡。</translation>
    </message>
    <message>
        <source>epoch {n}</source>
        <translation>第 {n} 轮</translation>
    </message>
    <message>
        <source>epoch {n} (history)</source>
        <translation>第 {n} 轮（历史）</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Softmax cross-entropy: the usual choice; strong gradients when wrong</source>
        <translation>Softmax 交叉熵：最常用的选择；预测错误时梯度大</translation>
    </message>
    <message>
        <source>Mean squared error (on softmax probabilities for classes)</source>
        <translation>均方误差（分类时作用在 softmax 概率上）</translation>
    </message>
    <message>
        <source>Binary cross-entropy with one sigmoid per class</source>
        <translation>二元交叉熵，每个类别一个 sigmoid</translation>
    </message>
    <message>
        <source>Multi-class hinge (margin) loss, as in support vector machines</source>
        <translation>多类别合页（间隔）损失，与支持向量机相同</translation>
    </message>
    <message>
        <source>Focal loss: cross-entropy that down-weights easy, confident points</source>
        <translation>焦点损失：降低容易、有把握的点所占比重的交叉熵</translation>
    </message>
    <message>
        <source>Mean absolute error: robust to outliers, constant gradient</source>
        <translation>平均绝对误差：不易受离群点影响，梯度大小不变</translation>
    </message>
    <message>
        <source>Huber: squared near zero, absolute for large errors</source>
        <translation>Huber 损失：误差接近零时取平方，误差大时取绝对值</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>正则化</translation>
    </message>
    <message>
        <source>Reg. rate</source>
        <translation>正则化率</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>随机失活</translation>
    </message>
    <message>
        <source>What the network minimises; the list follows the problem type.</source>
        <translation>网络要最小化的量；可选项随问题类型而变。</translation>
    </message>
    <message>
        <source>How each gradient step moves the weights.</source>
        <translation>每一步梯度更新如何移动权重。</translation>
    </message>
    <message>
        <source>Step size of gradient descent: pick one or type any value up to {max}.</source>
        <translation>梯度下降的步长：从列表中选择，或输入不超过 {max} 的任意值。</translation>
    </message>
    <message>
        <source>Points per gradient step; the training set&apos;s size = full batch.</source>
        <translation>每一步梯度更新所用的点数；等于训练集大小即为全批量。</translation>
    </message>
    <message>
        <source>Penalty on large weights: L1 makes them sparse, L2 small.</source>
        <translation>对大权重的惩罚：L1 使权重稀疏，L2 使权重变小。</translation>
    </message>
    <message>
        <source>How strongly the penalty pulls weights toward zero.</source>
        <translation>惩罚把权重拉向零的力度。</translation>
    </message>
    <message>
        <source>Share of hidden neurons switched off at random in each step.</source>
        <translation>每一步中随机关闭的隐藏层神经元所占的比例。</translation>
    </message>
</context>
<context>
    <name>ValueEditor</name>
    <message>
        <source>{text} is not a finite number</source>
        <translation>{text} 不是有限的数</translation>
    </message>
    <message>
        <source>Nothing is not a finite number</source>
        <translation>还没有输入数值</translation>
    </message>
</context>
<context>
    <name>WeightHistograms</name>
    <message>
        <source>How each layer&apos;s weights are spread (biases left out); all share the x range.</source>
        <translation>各层权重的分布（不含偏置）；所有图共用同一 x 范围。</translation>
    </message>
    <message>
        <source>Weights per layer</source>
        <translation>每层的权重</translation>
    </message>
</context>
</TS>
