<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Banner</name>
    <message>
        <source>Click to dismiss.</source>
        <translation>点击关闭。</translation>
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
        <source>Not recording: {reason}</source>
        <translation>未录制：{reason}</translation>
    </message>
    <message>
        <source>Recording {name} at {fps} frames/s; Ctrl+R stops.</source>
        <translation>正在以每秒 {fps} 帧录制 {name}；按 Ctrl+R 停止。</translation>
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
    <name>RecordingIndicator</name>
    <message>
        <source>Recording (Ctrl+R stops)</source>
        <translation>正在录制（按 Ctrl+R 停止）</translation>
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
        <source>The run the canvas, diagram, plots and these numbers show: click a run's tile to show another.</source>
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
        <source>Not forked: run A's training stopped; press R first.</source>
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
        <source>Same start: reset all runs to run A's initial weights</source>
        <translation>相同起点：重置时所有运行都用运行 A 的初始权重</translation>
    </message>
    <message>
        <source>Reset gives every fork run A's new starting weights, so comparisons start equal.</source>
        <translation>重置时每个分支都得到运行 A 的新初始权重，让比较从相同起点开始。</translation>
    </message>
    <message>
        <source>Run {name} is a paused copy of run A; the side panels now edit it (click a run to switch). Change a setting, then press Space.</source>
        <translation>运行 {name} 是运行 A 的暂停副本；侧边面板现在编辑它（点击某个运行可切换）。修改一项设置，然后按 Space。</translation>
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
</TS>